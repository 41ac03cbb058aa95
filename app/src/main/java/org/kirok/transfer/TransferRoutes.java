package org.kirok.transfer;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kirok.event.ActQuery;
import org.kirok.security.Permission;
import org.kirok.security.User;
import org.kirok.store.InvalidInputException;
import org.kirok.store.NotFoundException;
import org.kirok.web.CurrentUser;
import org.kirok.web.Feature;
import org.kirok.web.Forbidden;
import org.kirok.web.Router;
import org.kirok.web.Spreadsheet;
import org.kirok.web.Templates;

/** The import and export page, and {@code /api/v1/import/{kind}} and {@code /api/v1/export/{kind}.csv|xlsx}. */
public final class TransferRoutes implements Feature {
    private final Transfer transfer;
    private final Exports exports;
    private final Templates templates;

    public TransferRoutes(Transfer transfer, Exports exports, Templates templates) {
        this.transfer = transfer;
        this.exports = exports;
        this.templates = templates;
    }

    @Override
    public void routes(Router router) {
        router.get("/transfer", Permission.IMPORT, "Import and export page", ctx -> page(ctx, Optional.empty(), ""));
        router.post("/transfer/import", Permission.IMPORT, "Import a file (form)", this::importForm);
        router.get("/transfer/export/{file}", Permission.EXPORT, "Export persons, places or acts (CSV/XLSX)", this::export);
        router.post("/api/v1/import/{kind}", Permission.IMPORT,
                "Import persons, places or acts (body: CSV or XLSX; keep_accepted, dry_run, encoding)", this::importApi);
        router.get("/api/v1/export/{file}", Permission.EXPORT, "Export persons.csv, places.xlsx, acts.csv…", this::export);
    }

    private void page(Context ctx, Optional<ImportResult> result, String error) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("result", result);
        model.put("error", error);
        model.put("personColumns", PersonImporter.COLUMNS);
        model.put("placeColumns", PlaceImporter.COLUMNS);
        model.put("actColumns", ActImporter.COLUMNS);
        templates.render(ctx, "transfer/page.jte", model);
    }

    private void importForm(Context ctx) throws IOException {
        User user = CurrentUser.of(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            ctx.status(400);
            page(ctx, Optional.empty(), "Choose a file to import.");
            return;
        }
        try (InputStream in = file.content()) {
            ImportResult result = run(user, ctx.formParam("kind"), file.filename(), in.readAllBytes(),
                    ctx.formParam("encoding"), "on".equals(ctx.formParam("keep_accepted")), "on".equals(ctx.formParam("dry_run")));
            ctx.status(result.rejected().isEmpty() ? 200 : 422);
            page(ctx, Optional.of(result), "");
        } catch (TabularFile.Unreadable e) {
            ctx.status(400);
            page(ctx, Optional.empty(), file.filename() + ": " + e.getMessage());
        }
    }

    private void importApi(Context ctx) {
        User user = CurrentUser.of(ctx);
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("csv");
        try {
            ImportResult result = run(user, ctx.pathParam("kind"), "upload." + format, ctx.bodyAsBytes(),
                    ctx.queryParam("encoding"), "true".equals(ctx.queryParam("keep_accepted")), "true".equals(ctx.queryParam("dry_run")));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", result.rows());
            json.put("accepted", result.accepted());
            json.put("updated", result.updated());
            json.put("unchanged", result.unchanged());
            json.put("rejected", result.rejected().size());
            json.put("saved", result.committed());
            json.put("errors", result.rejected().stream().map(r -> Map.of("row", r.row(), "field", r.field(),
                    "message", r.reason())).toList());
            ctx.status(result.rejected().isEmpty() ? 200 : 422).json(json);
        } catch (TabularFile.Unreadable e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    private ImportResult run(User user, String kind, String fileName, byte[] bytes, String encoding,
                             boolean keepAccepted, boolean dryRun) throws TabularFile.Unreadable {
        Transfer.Entity entity = Transfer.Entity.parse(kind == null ? "" : kind);
        if (entity == Transfer.Entity.PERSONS && !user.may(Permission.READ_IDENTITY)) {
            throw new Forbidden("Importing persons writes identities: your role has no identity access.");
        }
        Optional<Charset> charset = Optional.ofNullable(encoding).filter(s -> !s.isBlank()).map(name -> {
            try {
                return Charset.forName(name.strip().equalsIgnoreCase("cp949") ? "x-windows-949" : name.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("encoding", "unknown encoding '" + name + "' (try utf-8 or cp949)");
            }
        });
        return transfer.importFile(entity, fileName, bytes, charset, user.actor(), Optional.of(user), keepAccepted,
                dryRun, n -> { });
    }

    private void export(Context ctx) {
        User user = CurrentUser.of(ctx);
        String file = ctx.pathParam("file");
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new NotFoundException("export");
        }
        String extension = file.substring(dot + 1).toLowerCase(Locale.ROOT);
        Spreadsheet.Format format = switch (extension) {
            case "csv" -> Spreadsheet.Format.CSV;
            case "xlsx" -> Spreadsheet.Format.XLSX;
            default -> throw new NotFoundException("export");
        };
        Transfer.Entity entity;
        try {
            entity = Transfer.Entity.parse(file.substring(0, dot));
        } catch (InvalidInputException e) {
            throw new NotFoundException("export");
        }
        if (entity == Transfer.Entity.PERSONS && !user.may(Permission.READ_IDENTITY)) {
            throw new Forbidden("Exporting persons needs identity access.");
        }
        byte[] bytes = switch (entity) {
            case PERSONS -> exports.persons(user, format);
            case PLACES -> exports.places(user, format);
            case ACTS -> exports.acts(user, ActQuery.filter(ctx), format);
        };
        ctx.header("Content-Disposition", "attachment; filename=\"kirok-" + entity.name().toLowerCase(Locale.ROOT) + "."
                + extension + "\"");
        ctx.contentType(format == Spreadsheet.Format.CSV ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.result(bytes);
    }
}
