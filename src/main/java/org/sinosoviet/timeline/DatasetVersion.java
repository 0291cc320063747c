package org.sinosoviet.timeline;

import org.springframework.stereotype.Component;

/**
 * A short hash of the loaded data files. The data cannot change while the app runs, so
 * this one value validates every cached response.
 */
@Component
public class DatasetVersion {

	private volatile String value = "unloaded";

	public String get() {
		return this.value;
	}

	public void set(String value) {
		this.value = value;
	}

}
