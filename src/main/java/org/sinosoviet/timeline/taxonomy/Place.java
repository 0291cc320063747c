package org.sinosoviet.timeline.taxonomy;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.source.Citation;

/**
 * A place where events happen, with its names in other languages and spellings, and where
 * it is on the map when a source gives that.
 */
@Entity
public class Place extends NamedRecord {

	private Double latitude;

	private Double longitude;

	/** The source of the coordinates: one citation when there are coordinates. */
	@ElementCollection
	@CollectionTable(name = "place_coordinates_citation")
	@OrderColumn
	private List<Citation> coordinatesCitations = new ArrayList<>();

	/** The shape's features in its dataset, such as North Korea and South Korea. */
	@ElementCollection
	@CollectionTable(name = "place_outline_feature")
	@OrderColumn
	private List<String> outlineFeatures = new ArrayList<>();

	/** The dataset the shape comes from: one citation when there is an outline. */
	@ElementCollection
	@CollectionTable(name = "place_outline_citation")
	@OrderColumn
	private List<Citation> outlineCitations = new ArrayList<>();

	protected Place() {
	}

	public Place(String id, String name, String kind, String description, List<AlternativeName> names) {
		super(id, name, kind, description, names);
	}

	/**
	 * Put the place on the map.
	 * @param latitude decimal degrees, north positive
	 * @param longitude decimal degrees, east positive
	 * @param source where the coordinates come from
	 */
	public void locate(double latitude, double longitude, Citation source) {
		this.latitude = latitude;
		this.longitude = longitude;
		this.coordinatesCitations = new ArrayList<>(List.of(source));
	}

	/**
	 * Give the place a shape on the map, besides or instead of its point.
	 * @param features the features of the dataset that make it up
	 * @param source the dataset, a source, with the features as its locator
	 */
	public void outline(List<String> features, Citation source) {
		this.outlineFeatures = new ArrayList<>(features);
		this.outlineCitations = new ArrayList<>(List.of(source));
	}

	public List<String> getOutlineFeatures() {
		return this.outlineFeatures;
	}

	public List<Citation> getOutlineCitations() {
		return this.outlineCitations;
	}

	public Double getLatitude() {
		return this.latitude;
	}

	public Double getLongitude() {
		return this.longitude;
	}

	public List<Citation> getCoordinatesCitations() {
		return this.coordinatesCitations;
	}

}
