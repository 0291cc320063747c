package org.sinosoviet.timeline.taxonomy;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the vocabularies events are filed under; returns view records, never entities.
 * The whole lists are read once and kept: the data does not change while the app runs (a
 * new dataset means a new application context), and every page's filter form shows them.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

	private final PeriodSchemeRepository schemes;

	private final PeriodRepository periods;

	private final ThemeRepository themes;

	private final ActorRepository actors;

	private final PlaceRepository places;

	private final SingletonSupplier<List<SchemeView>> allSchemes;

	private final SingletonSupplier<List<ThemeView>> allThemes;

	private final SingletonSupplier<List<NamedView>> allActors;

	private final SingletonSupplier<List<NamedView>> allPlaces;

	private final SingletonSupplier<List<PlaceView>> allPlaceViews;

	TaxonomyService(PeriodSchemeRepository schemes, PeriodRepository periods, ThemeRepository themes,
			ActorRepository actors, PlaceRepository places) {
		this.schemes = schemes;
		this.periods = periods;
		this.themes = themes;
		this.actors = actors;
		this.places = places;
		this.allSchemes = SingletonSupplier
			.of(() -> schemes.findAllByOrderByPosition().stream().map(SchemeView::of).toList());
		this.allThemes = SingletonSupplier
			.of(() -> themes.findAllByOrderByPosition().stream().map(ThemeView::of).toList());
		this.allActors = SingletonSupplier
			.of(() -> actors.findAllByOrderByPosition().stream().map(NamedView::of).toList());
		this.allPlaces = SingletonSupplier
			.of(() -> places.findAllByOrderByPosition().stream().map(NamedView::of).toList());
		this.allPlaceViews = SingletonSupplier
			.of(() -> places.findAllByOrderByPosition().stream().map(PlaceView::of).toList());
	}

	/**
	 * Every period scheme, the default first, each with its periods and their counts.
	 * @return the schemes
	 */
	public List<SchemeView> schemes() {
		return this.allSchemes.obtain();
	}

	public Optional<PeriodView> period(String id) {
		return this.periods.findWithSchemeById(id).map(PeriodView::of);
	}

	public List<ThemeView> themes() {
		return this.allThemes.obtain();
	}

	public Optional<ThemeView> theme(String id) {
		return this.themes.findById(id).map(ThemeView::of);
	}

	public List<NamedView> actors() {
		return this.allActors.obtain();
	}

	public Optional<NamedView> actor(String id) {
		return this.actors.findById(id).map(NamedView::of);
	}

	public List<NamedView> places() {
		return this.allPlaces.obtain();
	}

	public Optional<NamedView> place(String id) {
		return this.places.findById(id).map(NamedView::of);
	}

	/**
	 * Every place as the API lists it, with its names and coordinates, in list order.
	 * @return the places
	 */
	public List<PlaceView> placeViews() {
		return this.allPlaceViews.obtain();
	}

	/**
	 * Every place with its coordinates (or none), in list order.
	 * @return the places
	 */
	public List<PlaceView> locations() {
		return placeViews();
	}

	/**
	 * The places among some ids, with their coordinates, in list order.
	 * @param ids place ids
	 * @return the places with those ids
	 */
	public List<PlaceView> locations(Collection<String> ids) {
		return locations().stream().filter((place) -> ids.contains(place.id())).toList();
	}

	/**
	 * The ids of every period, theme, actor or place, for checking filters and naming the
	 * valid values.
	 * @param parameter {@code period}, {@code theme}, {@code actor} or {@code place}
	 * @return the ids, in list order
	 */
	public List<String> ids(String parameter) {
		return switch (parameter) {
			case "period" -> this.periods.findAllIds();
			case "theme" -> this.themes.findAllIds();
			case "actor" -> this.actors.findAllIds();
			case "place" -> this.places.findAllIds();
			default -> throw new IllegalArgumentException(parameter);
		};
	}

	/**
	 * Whether a period belongs to the default scheme: events are filed under those.
	 * @param period the period
	 * @return whether its scheme is the default
	 */
	public boolean isDefault(PeriodView period) {
		return this.schemes.findById(period.scheme()).map(PeriodScheme::isDefaultScheme).orElse(false);
	}

}
