/**
 * The small shared kernel every module may use: ids, the caller and their scope, roles,
 * the clock and the web plumbing (locale, layout, errors).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.opencem.platform;
