package org.sinosoviet.timeline.web;

import java.util.Set;

import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * Fills the layout's empty {@code og:title} with the page's own {@code <title>}, less the
 * site's name (which is {@code og:site_name}). Each page passes its title to the layout
 * as a fragment, whose text a template cannot read; the rendered page has it, so every
 * page, present and future, gets the right title without a second copy of it.
 */
@Component
class PageTitleDialect extends AbstractDialect implements IPostProcessorDialect {

	static final String SITE_SUFFIX = " · Sino-Soviet Timeline";

	PageTitleDialect() {
		super("page-title");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, OpenGraphTitle.class, 1000));
	}

	/**
	 * Reads the first {@code <title>} of the page, then writes it into the
	 * {@code og:title} meta that follows it. Made by Thymeleaf for each page.
	 */
	public static final class OpenGraphTitle extends AbstractTemplateHandler {

		private StringBuilder title;

		private boolean titleRead;

		@Override
		public void handleOpenElement(IOpenElementTag tag) {
			if (!this.titleRead && this.title == null && tag.getElementCompleteName().equals("title")) {
				this.title = new StringBuilder();
			}
			super.handleOpenElement(withTitle(tag));
		}

		@Override
		public void handleText(IText text) {
			if (this.title != null && !this.titleRead) {
				this.title.append(text.getText());
			}
			super.handleText(text);
		}

		@Override
		public void handleCloseElement(ICloseElementTag tag) {
			if (this.title != null && tag.getElementCompleteName().equals("title")) {
				this.titleRead = true;
			}
			super.handleCloseElement(tag);
		}

		@Override
		public void handleStandaloneElement(IStandaloneElementTag tag) {
			super.handleStandaloneElement(withTitle(tag));
		}

		private <T extends IProcessableElementTag> T withTitle(T tag) {
			if (!this.titleRead || !tag.getElementCompleteName().equals("meta")
					|| !"og:title".equals(tag.getAttributeValue("property"))) {
				return tag;
			}
			// The text is already escaped for HTML: unescaped, then escaped again for an
			// attribute value.
			String text = HtmlEscape.unescapeHtml(this.title.toString()).strip();
			if (text.endsWith(SITE_SUFFIX)) {
				text = text.substring(0, text.length() - SITE_SUFFIX.length());
			}
			return getContext().getModelFactory().setAttribute(tag, "content", HtmlEscape.escapeHtml4Xml(text));
		}

	}

}
