/**
 * The demo tenant: 味道家 Flavor House, a restaurant chain with twelve stores, its journey,
 * surveys and six months of generated history, created on the first start when
 * {@code opencem.demo.enabled} is true. It only calls the other modules' APIs, so the history
 * goes through the same pipeline as real answers (intake → feedback → rollups and cases).
 */
package org.opencem.demo;
