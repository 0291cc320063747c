package org.sinosoviet.timeline.event;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each event's entry in a timeline list, rendered once from its template fragment
 * ({@code fragments/timeline :: event-item}) and kept: an entry reads the same in every
 * list it appears in, and the entries were most of a list page's template work. With the
 * template cache off (DevTools), entries are rendered afresh, so template edits show.
 */
@Component
class EventItems {

	private static final Set<String> FRAGMENT = Set.of("event-item");

	private final ITemplateEngine templates;

	private final boolean cache;

	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	EventItems(ITemplateEngine templates, @Value("${spring.thymeleaf.cache:true}") boolean cache) {
		this.templates = templates;
		this.cache = cache;
	}

	String html(TimelineView.Item item) {
		return this.cache ? this.rendered.computeIfAbsent(item.event().id(), (id) -> render(item)) : render(item);
	}

	private String render(TimelineView.Item item) {
		return this.templates.process("fragments/timeline", FRAGMENT,
				new Context(Locale.ENGLISH, Map.of("item", item)));
	}

}
