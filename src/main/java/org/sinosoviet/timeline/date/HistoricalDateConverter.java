package org.sinosoviet.timeline.date;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link HistoricalDate} as its EDTF text.
 */
@Converter(autoApply = true)
public class HistoricalDateConverter implements AttributeConverter<HistoricalDate, String> {

	@Override
	public String convertToDatabaseColumn(HistoricalDate date) {
		return (date != null) ? date.edtf() : null;
	}

	@Override
	public HistoricalDate convertToEntityAttribute(String text) {
		return (text != null) ? HistoricalDate.parse(text) : null;
	}

}
