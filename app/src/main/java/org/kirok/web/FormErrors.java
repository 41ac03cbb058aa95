package org.kirok.web;

import io.javalin.http.Context;
import org.kirok.store.InvalidInputException;

/** Says what was wrong with a form in the user's language, naming the field as the form labels it. */
public final class FormErrors {
    private FormErrors() {
    }

    public static String message(Context ctx, InvalidInputException e) {
        Messages messages = Messages.of(Templates.language(ctx));
        String text = messages.has(e.messageKey()) && !e.messageKey().equals("error.invalid")
                ? messages.t(e.messageKey()) : e.getMessage();
        return e.field().map(f -> messages.has("field." + f) ? messages.t("field." + f) + ": " + text : text).orElse(text);
    }
}
