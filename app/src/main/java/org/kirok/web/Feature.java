package org.kirok.web;

/** A feature's web face: it registers its pages and API endpoints. */
public interface Feature {
    void routes(Router router);
}
