package org.opencem.organization.web;

import java.util.UUID;

/** What the new-unit form posts, kept as typed so that a form with errors shows it again. */
record UnitForm(String code, String name, String type, UUID parentId) {

    static UnitForm blank(UUID parentId) {
        return new UnitForm("", "", "STORE", parentId);
    }
}
