package org.kirok.upr;

import io.javalin.http.Context;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kirok.store.InvalidInputException;
import org.kirok.web.FormErrors;
import org.kirok.web.Messages;
import org.kirok.web.Templates;

/** The save-and-redirect rhythm of every form of the UPR pages. */
final class Forms {
    private Forms() {
    }

    /** Runs a save; on success shows "Saved." on the page it redirects to, on bad input the form again with why. */
    static void saving(Context ctx, Consumer<String> showForm, Supplier<String> save) {
        try {
            String next = save.get();
            Templates.notice(ctx, "common.saved");
            ctx.redirect(next);
        } catch (InvalidInputException e) {
            ctx.status(400);
            showForm.accept(FormErrors.message(ctx, e));
        }
    }

    static String t(Context ctx, String key) {
        return Messages.of(Templates.language(ctx)).t(key);
    }
}
