package org.sinosoviet.timeline.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.sinosoviet.timeline.source.Citation;

/**
 * One statement about an event, with the citations that support it.
 */
@Entity
public class Claim {

	/** The event id and the claim id, joined by '#'. */
	@Id
	@Column(name = "claim_key", length = 511)
	private String key;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Event event;

	@Column(nullable = false)
	private String claimId;

	@Column(length = 4000, nullable = false)
	private String text;

	@Enumerated(EnumType.STRING)
	@Column(name = "claim_rank", nullable = false)
	private ClaimRank rank;

	private int position;

	@Column(length = 2000)
	private String reason;

	private String dispute;

	/** How a founding document's statement stands; {@code null} for other claims. */
	@Enumerated(EnumType.STRING)
	private Verdict verdict;

	/** Whether the claim says why the event mattered ({@code about: significance}). */
	private boolean significance;

	@ElementCollection
	@CollectionTable(name = "claim_citation")
	@OrderColumn
	private List<Citation> citations = new ArrayList<>();

	protected Claim() {
	}

	public Claim(String claimId, String text, ClaimRank rank, String reason, String dispute, Verdict verdict,
			List<Citation> citations) {
		this.claimId = claimId;
		this.text = text;
		this.rank = rank;
		this.reason = reason;
		this.dispute = dispute;
		this.verdict = verdict;
		this.citations = new ArrayList<>(citations);
	}

	void setEvent(Event event, int position) {
		this.event = event;
		this.position = position;
		this.key = event.getId() + "#" + this.claimId;
	}

	Event getEvent() {
		return this.event;
	}

	public String getClaimId() {
		return this.claimId;
	}

	public String getText() {
		return this.text;
	}

	public ClaimRank getRank() {
		return this.rank;
	}

	public String getReason() {
		return this.reason;
	}

	/**
	 * The key shared by competing claims of the same event.
	 * @return the dispute key, or {@code null}
	 */
	public String getDispute() {
		return this.dispute;
	}

	/**
	 * How the statement of a founding document stands against independent sources.
	 * @return the verdict, or {@code null} if the claim cites no founding document
	 */
	public Verdict getVerdict() {
		return this.verdict;
	}

	/**
	 * A statement that cites a founding document beside an independent source agrees with
	 * it.
	 */
	void corroborate() {
		this.verdict = Verdict.CORROBORATED;
	}

	/**
	 * Whether the claim says why the event mattered: the revision sheet cites it.
	 * @return {@code true} for {@code about: significance}
	 */
	public boolean isAboutSignificance() {
		return this.significance;
	}

	public void setAboutSignificance(boolean significance) {
		this.significance = significance;
	}

	public List<Citation> getCitations() {
		return this.citations;
	}

}
