package org.sinosoviet.timeline.taxonomy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the vocabularies events are filed under; returns view records, never entities.
 * The whole vocabularies are read once and kept, and single records and ids are looked up
 * in them: the data does not change while the app runs (a new dataset means a new
 * application context), every page's filter form shows them, and every filtered request
 * checks its ids and names its filters from them.
 */
@Service
@Transactional(readOnly = true)
public class TaxonomyService {

	private final SingletonSupplier<Vocabulary<SchemeView>> schemes;

	private final SingletonSupplier<Vocabulary<PeriodView>> periods;

	private final SingletonSupplier<Vocabulary<ThemeView>> themes;

	private final SingletonSupplier<Vocabulary<NamedView>> actors;

	private final SingletonSupplier<Vocabulary<NamedView>> places;

	private final SingletonSupplier<Vocabulary<PlaceView>> placeViews;

	// @Lazy: see EventService's constructor.
	TaxonomyService(@Lazy PeriodSchemeRepository schemes, @Lazy ThemeRepository themes, @Lazy ActorRepository actors,
			@Lazy PlaceRepository places) {
		this.schemes = SingletonSupplier
			.of(() -> new Vocabulary<>(schemes.findAllByOrderByPosition().stream().map(SchemeView::of).toList(),
					SchemeView::id));
		this.periods = SingletonSupplier
			.of(() -> new Vocabulary<>(schemes().stream().flatMap((scheme) -> scheme.periods().stream()).toList(),
					PeriodView::id));
		this.themes = SingletonSupplier
			.of(() -> new Vocabulary<>(themes.findAllByOrderByPosition().stream().map(ThemeView::of).toList(),
					ThemeView::id));
		this.actors = SingletonSupplier
			.of(() -> new Vocabulary<>(actors.findAllByOrderByPosition().stream().map(NamedView::of).toList(),
					NamedView::id));
		this.places = SingletonSupplier
			.of(() -> new Vocabulary<>(places.findAllByOrderByPosition().stream().map(NamedView::of).toList(),
					NamedView::id));
		this.placeViews = SingletonSupplier
			.of(() -> new Vocabulary<>(places.findAllByOrderByPosition().stream().map(PlaceView::of).toList(),
					PlaceView::id));
	}

	/**
	 * Every period scheme, the default first, each with its periods and their counts.
	 * @return the schemes
	 */
	public List<SchemeView> schemes() {
		return this.schemes.obtain().all();
	}

	public Optional<PeriodView> period(String id) {
		return this.periods.obtain().find(id);
	}

	public List<ThemeView> themes() {
		return this.themes.obtain().all();
	}

	public Optional<ThemeView> theme(String id) {
		return this.themes.obtain().find(id);
	}

	public List<NamedView> actors() {
		return this.actors.obtain().all();
	}

	public Optional<NamedView> actor(String id) {
		return this.actors.obtain().find(id);
	}

	public List<NamedView> places() {
		return this.places.obtain().all();
	}

	public Optional<NamedView> place(String id) {
		return this.places.obtain().find(id);
	}

	/**
	 * Every place as the API lists it, with its names and coordinates, in list order.
	 * @return the places
	 */
	public List<PlaceView> placeViews() {
		return this.placeViews.obtain().all();
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
			case "period" -> this.periods.obtain().ids();
			case "theme" -> this.themes.obtain().ids();
			case "actor" -> this.actors.obtain().ids();
			case "place" -> this.places.obtain().ids();
			default -> throw new IllegalArgumentException(parameter);
		};
	}

	/**
	 * Whether a period belongs to the default scheme: events are filed under those.
	 * @param period the period
	 * @return whether its scheme is the default
	 */
	public boolean isDefault(PeriodView period) {
		return this.schemes.obtain().find(period.scheme()).map(SchemeView::isDefault).orElse(false);
	}

	/**
	 * One vocabulary in list order, with its records by id.
	 */
	private record Vocabulary<V>(List<V> all, Map<String, V> byId, List<String> ids) {

		Vocabulary(List<V> all, Function<V, String> id) {
			this(all, index(all, id), all.stream().map(id).toList());
		}

		private static <V> Map<String, V> index(List<V> all, Function<V, String> id) {
			Map<String, V> byId = new LinkedHashMap<>();
			all.forEach((record) -> byId.put(id.apply(record), record));
			return Map.copyOf(byId);
		}

		Optional<V> find(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

	}

}
