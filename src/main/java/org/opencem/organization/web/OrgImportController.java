package org.opencem.organization.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.opencem.organization.OrgUnitImport;
import org.opencem.platform.CurrentUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Builds the tree from a CSV file and shows what happened to each line. */
@Controller
@RequestMapping("/org/import")
@PreAuthorize("hasRole('TENANT_ADMIN')")
class OrgImportController {

    /** In Chinese, as most tenants will write it; the BOM lets Excel open it as UTF-8. */
    static final String EXAMPLE = "\uFEFF" + """
            code,name,parent_code,type
            HQ,总部,,总部
            EAST,华东大区,HQ,大区
            SH,上海,EAST,城市
            SH001,上海南京西路店,SH,门店
            SH002,"上海徐家汇店（港汇广场,二楼）",SH,门店
            WEST,西南大区,HQ,大区
            CD,成都,WEST,城市
            CD001,成都春熙路店,CD,门店
            """.replace("\n", "\r\n");

    private final OrgUnitImport orgUnitImport;

    OrgImportController(OrgUnitImport orgUnitImport) {
        this.orgUnitImport = orgUnitImport;
    }

    @GetMapping
    String form(Model model) {
        return "organization/import";
    }

    @PostMapping
    String upload(CurrentUser me, @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileMissing", true);
            return "organization/import";
        }
        model.addAttribute("fileName", file.getOriginalFilename());
        model.addAttribute("result", orgUnitImport.importCsv(me.scope(), file.getBytes()));
        return "organization/import";
    }

    @GetMapping("/example.csv")
    ResponseEntity<byte[]> example() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("org-units-example.csv").build().toString())
                .body(EXAMPLE.getBytes(StandardCharsets.UTF_8));
    }
}
