package org.sinosoviet.timeline.event;

import java.util.List;

/**
 * The ids of the events in the {@code dataset/api} fixture, which the API's acceptance
 * tests and the specification tests share.
 */
final class ApiEvents {

	static final String OLD_TREATY = "1945-08-14-old-treaty";

	static final String TREATY = "1950-02-14-treaty";

	static final String SPEECH = "1956-02-25-secret-speech";

	static final String RADIO = "1958-radio-station";

	static final String TALKS = "1958-07-31-beijing-talks";

	static final String JINMEN = "1958-08-jinmen-shelling";

	static final String NUCLEAR = "1959-06-nuclear-aid";

	static final String EXPERTS = "1960-07-experts-recalled";

	static final String LETTERS = "1963-07-open-letters";

	static final String TRANSIT = "1965-aid-transit";

	static final String ZHENBAO = "1969-03-02-zhenbao";

	/** Every event, in date order. */
	static final List<String> ALL = List.of(OLD_TREATY, TREATY, SPEECH, RADIO, TALKS, JINMEN, NUCLEAR, EXPERTS, LETTERS,
			TRANSIT, ZHENBAO);

	private ApiEvents() {
	}

}
