package org.sinosoviet.timeline.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shapes that places may name as their outline: {@code map/outlines.json}, which
 * {@code src/map/build-map.mjs} writes from Natural Earth (via world-atlas). Each dataset
 * is keyed by the id of the source file in {@code data/sources/} that describes it; each
 * feature is a country by its Natural Earth name, as longitude and latitude rings.
 */
public final class Outlines {

	/** Where the shapes are, on the class path. */
	public static final String RESOURCE = "map/outlines.json";

	private static final Outlines LOADED = load();

	private final Map<String, Map<String, List<double[][]>>> datasets;

	private Outlines(Map<String, Map<String, List<double[][]>>> datasets) {
		this.datasets = datasets;
	}

	/**
	 * The shapes the app ships.
	 * @return the outlines
	 */
	public static Outlines shipped() {
		return LOADED;
	}

	/**
	 * The datasets, by source id.
	 * @return their ids, sorted
	 */
	public Set<String> datasets() {
		return Collections.unmodifiableSet(this.datasets.keySet());
	}

	/**
	 * The features a dataset carries.
	 * @param dataset a source id
	 * @return the feature names, sorted; none for an unknown dataset
	 */
	public Set<String> features(String dataset) {
		return Collections.unmodifiableSet(this.datasets.getOrDefault(dataset, Map.of()).keySet());
	}

	/**
	 * A feature's rings.
	 * @param dataset a source id
	 * @param feature a feature name
	 * @return its rings of {@code [longitude, latitude]} pairs; none if not carried
	 */
	public List<double[][]> rings(String dataset, String feature) {
		return this.datasets.getOrDefault(dataset, Map.of()).getOrDefault(feature, List.of());
	}

	/**
	 * The rings of several features together, such as North and South Korea.
	 * @param dataset a source id
	 * @param features the feature names
	 * @return all their rings
	 */
	public List<double[][]> rings(String dataset, List<String> features) {
		List<double[][]> rings = new ArrayList<>();
		features.forEach((feature) -> rings.addAll(rings(dataset, feature)));
		return rings;
	}

	static Outlines load() {
		try (InputStream in = Outlines.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing; run src/map/build-map.mjs");
			}
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, Map<String, List<double[][]>>> datasets = new TreeMap<>();
			for (Map.Entry<String, JsonNode> dataset : root.get("datasets").properties()) {
				Map<String, List<double[][]>> features = new TreeMap<>();
				for (Map.Entry<String, JsonNode> feature : dataset.getValue().get("features").properties()) {
					List<double[][]> rings = new ArrayList<>();
					for (JsonNode ring : feature.getValue().get("rings")) {
						double[][] points = new double[ring.size()][];
						for (int i = 0; i < ring.size(); i++) {
							points[i] = new double[] { ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble() };
						}
						rings.add(points);
					}
					features.put(feature.getKey(), List.copyOf(rings));
				}
				datasets.put(dataset.getKey(), features);
			}
			return new Outlines(new LinkedHashMap<>(datasets));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
