package org.kirok.urgent;

/**
 * Distances on a spherical Earth (mean radius 6,371.0088 km, IUGG): the haversine distance between two points
 * (R. W. Sinnott, "Virtues of the Haversine", Sky and Telescope 68(2):159, 1984) and the distance from a point
 * to a great-circle segment by the cross-track and along-track formulas of E. Williams' Aviation Formulary.
 * The sphere errs by at most about 0.5 % against the ellipsoid, well below what a "within N km" rule needs.
 * Stateless.
 */
final class GreatCircle {
    static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        return EARTH_RADIUS_KM * angle(lat1, lon1, lat2, lon2);
    }

    /** The central angle in radians between two points given in degrees. */
    private static double angle(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The initial bearing in radians from point 1 towards point 2. */
    private static double bearing(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dLambda = Math.toRadians(lon2 - lon1);
        return Math.atan2(Math.sin(dLambda) * Math.cos(phi2),
                Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda));
    }

    /**
     * The shortest distance from point P to the segment A–B: the cross-track distance when the foot of the
     * perpendicular lies between A and B, otherwise the distance to the nearer end.
     */
    static double distanceToSegmentKm(double lat, double lon, double latA, double lonA, double latB, double lonB) {
        double toP = angle(latA, lonA, lat, lon);
        double segment = angle(latA, lonA, latB, lonB);
        if (segment == 0) {
            return EARTH_RADIUS_KM * toP;
        }
        double crossTrack = Math.asin(Math.sin(toP) * Math.sin(bearing(latA, lonA, lat, lon) - bearing(latA, lonA, latB, lonB)));
        double alongTrack = Math.acos(Math.max(-1, Math.min(1, Math.cos(toP) / Math.cos(crossTrack))));
        boolean ahead = Math.cos(bearing(latA, lonA, lat, lon) - bearing(latA, lonA, latB, lonB)) > 0;
        if (ahead && alongTrack <= segment) {
            return EARTH_RADIUS_KM * Math.abs(crossTrack);
        }
        return Math.min(EARTH_RADIUS_KM * toP, distanceKm(lat, lon, latB, lonB));
    }
}
