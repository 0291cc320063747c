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
