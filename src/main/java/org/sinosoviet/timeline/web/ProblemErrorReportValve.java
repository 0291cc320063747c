package org.sinosoviet.timeline.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat answers some requests itself, before any servlet sees them: a NUL or an encoded
 * backslash in the path, a request line over the header limit. Its default report is an
 * HTML page; this one writes the same RFC 9457 problem the application writes, so every
 * error this site gives has one shape. It never includes a stack trace or server details.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		String detail = switch (status) {
			// Tomcat's answers to what HTTP/1.1 lets a server refuse: not our failures.
			case 501 -> "This server does not implement what the request asks for (the CONNECT method, or "
					+ "a transfer coding other than chunked). The site is read-only: use GET or HEAD.";
			case 505 -> "This server speaks HTTP/1.1 and HTTP/1.0: end the request line with one of them.";
			default -> (status < 500)
					? "The server could not read this request: check the address for characters that must be "
							+ "percent-encoded, an encoded NUL, slash or backslash, or a request line over 8 KiB."
					: "Something went wrong on our side; please try again.";
		};
		// No instance: the path is what Tomcat could not read.
		ProblemDetail problem = Problems.of(HttpStatusCode.valueOf(status), title, detail, null);
		try {
			Problems.prepare(response, problem);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(Problems.json(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response can no longer be written: nothing to
			// add.
		}
	}

}
