package org.sinosoviet.timeline.dataset;

/**
 * One thing wrong in the data, with where it is and how to fix it.
 *
 * @param spot where it is
 * @param message what is wrong and how to fix it
 */
public record Problem(Spot spot, String message) {

	public String file() {
		return this.spot.file();
	}

	public int line() {
		return this.spot.line();
	}

	public String field() {
		return this.spot.field();
	}

	@Override
	public String toString() {
		String field = this.spot.field().isEmpty() ? "" : this.spot.field() + ": ";
		return this.spot.file() + ":" + this.spot.line() + ":" + this.spot.column() + ": " + field + this.message;
	}

}
