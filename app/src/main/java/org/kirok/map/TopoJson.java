package org.kirok.map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.kirok.store.InvalidInputException;

/**
 * Turns a TopoJSON topology into GeoJSON features, per the TopoJSON Format Specification 1.0 (M. Bostock,
 * github.com/topojson/topojson-specification): arcs are delta-encoded and quantized when a transform is given; a
 * negative arc index ~i means arc i reversed; consecutive arcs of a ring share their joining point. Stateless.
 */
final class TopoJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TopoJson() {
    }

    /** A GeoJSON FeatureCollection with every polygon geometry of every object of the topology. */
    static ObjectNode toFeatures(JsonNode topology) {
        double[][] arcs = decodeArcs(topology);
        ArrayNode features = NODES.arrayNode();
        JsonNode objects = topology.path("objects");
        if (!objects.isObject() || objects.isEmpty()) {
            throw new InvalidInputException("objects", "the TopoJSON file has no objects");
        }
        objects.properties().forEach(entry -> collect(entry.getValue(), arcs, features));
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        collection.set("features", features);
        return collection;
    }

    private static void collect(JsonNode object, double[][] arcs, ArrayNode features) {
        String type = object.path("type").asText();
        if (type.equals("GeometryCollection")) {
            object.path("geometries").forEach(g -> collect(g, arcs, features));
            return;
        }
        ArrayNode coordinates;
        if (type.equals("Polygon")) {
            coordinates = polygon(object.path("arcs"), arcs);
        } else if (type.equals("MultiPolygon")) {
            coordinates = NODES.arrayNode();
            for (JsonNode polygon : object.path("arcs")) {
                coordinates.add(polygon(polygon, arcs));
            }
        } else {
            return; // points and lines are not areas: nothing to draw as a boundary
        }
        ObjectNode geometry = NODES.objectNode();
        geometry.put("type", type);
        geometry.set("coordinates", coordinates);
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        if (object.has("id")) {
            feature.set("id", object.get("id"));
        }
        feature.set("properties", object.path("properties").isObject() ? object.get("properties") : NODES.objectNode());
        feature.set("geometry", geometry);
        features.add(feature);
    }

    private static ArrayNode polygon(JsonNode rings, double[][] arcs) {
        ArrayNode out = NODES.arrayNode();
        for (JsonNode ring : rings) {
            ArrayNode points = NODES.arrayNode();
            for (JsonNode index : ring) {
                int i = index.asInt();
                int arc = i < 0 ? ~i : i;
                if (arc >= arcs.length) {
                    throw new InvalidInputException("arcs", "a ring refers to arc " + arc + " but the file has "
                            + arcs.length + " arcs");
                }
                double[] xy = arcs[arc];
                int n = xy.length / 2;
                for (int k = 0; k < n; k++) {
                    int p = i < 0 ? n - 1 - k : k;
                    if (k == 0 && !points.isEmpty()) {
                        continue; // shared with the end of the previous arc
                    }
                    points.add(NODES.arrayNode().add(xy[2 * p]).add(xy[2 * p + 1]));
                }
            }
            out.add(points);
        }
        return out;
    }

    private static double[][] decodeArcs(JsonNode topology) {
        JsonNode transform = topology.path("transform");
        boolean quantized = transform.isObject();
        double sx = quantized ? transform.path("scale").path(0).asDouble(1) : 1;
        double sy = quantized ? transform.path("scale").path(1).asDouble(1) : 1;
        double tx = quantized ? transform.path("translate").path(0).asDouble(0) : 0;
        double ty = quantized ? transform.path("translate").path(1).asDouble(0) : 0;
        JsonNode arcs = topology.path("arcs");
        if (!arcs.isArray()) {
            throw new InvalidInputException("arcs", "the TopoJSON file has no arcs array");
        }
        double[][] out = new double[arcs.size()][];
        for (int a = 0; a < arcs.size(); a++) {
            JsonNode arc = arcs.get(a);
            double[] xy = new double[arc.size() * 2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < arc.size(); p++) {
                JsonNode point = arc.get(p);
                if (quantized) {
                    x += point.path(0).asDouble();
                    y += point.path(1).asDouble();
                    xy[2 * p] = x * sx + tx;
                    xy[2 * p + 1] = y * sy + ty;
                } else {
                    xy[2 * p] = point.path(0).asDouble();
                    xy[2 * p + 1] = point.path(1).asDouble();
                }
            }
            out[a] = xy;
        }
        return out;
    }
}
