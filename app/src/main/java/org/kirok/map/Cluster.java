package org.kirok.map;

import java.util.List;
import java.util.OptionalLong;

/** Points drawn as one marker: at their weighted centre, with their summed shown counts. Immutable. */
public record Cluster(double x, double y, double lon, double lat, List<MapPoint> members) {
    public Cluster {
        members = List.copyOf(members);
    }

    /** The sum of the members' shown counts; empty when every member's count is hidden. */
    public OptionalLong shownTotal() {
        return members.stream().allMatch(m -> m.count().isEmpty()) ? OptionalLong.empty()
                : OptionalLong.of(members.stream().filter(m -> m.count().isPresent()).mapToLong(m -> m.count().getAsLong()).sum());
    }

    /** Whether some member's count is hidden (the total then reads "at least"). */
    public boolean partlyHidden() {
        return members.stream().anyMatch(m -> m.count().isEmpty());
    }

    /** {minLon, minLat, maxLon, maxLat} of the members. */
    public Extent memberExtent() {
        double minLon = members.stream().mapToDouble(MapPoint::lon).min().orElse(lon);
        double maxLon = members.stream().mapToDouble(MapPoint::lon).max().orElse(lon);
        double minLat = members.stream().mapToDouble(MapPoint::lat).min().orElse(lat);
        double maxLat = members.stream().mapToDouble(MapPoint::lat).max().orElse(lat);
        return new Extent(Math.max(-180, minLon - 0.05), Math.max(-89.9, minLat - 0.05),
                Math.min(180, maxLon + 0.05), Math.min(89.9, maxLat + 0.05));
    }
}
