package org.kirok.security;

import org.kirok.testing.TestSystem;
import org.kirok.web.RouteInfo;

/**
 * Prints a matrix row for every registered route from the permissions the routes declare — a starting point
 * for a person to review; the test then holds the code to what was reviewed. Run by hand:
 * {@code ./mvnw -pl app -am test-compile exec:java …} or from an IDE. Not a test.
 */
final class MatrixDraft {
    private MatrixDraft() {
    }

    public static void main(String[] args) {
        try (TestSystem system = TestSystem.start()) {
            System.out.println("method,path,admin,coordinator,coder,analyst,advocacy,partner,anonymous");
            for (RouteInfo route : system.server().routes()) {
                StringBuilder row = new StringBuilder(route.method() + "," + route.path());
                for (Role role : Role.values()) {
                    row.append(',').append(route.permission() == Permission.PUBLIC || role.grants(route.permission()) ? "ok" : "403");
                }
                row.append(',').append(route.permission() == Permission.PUBLIC ? "ok" : "login");
                System.out.println(row);
            }
        }
    }
}
