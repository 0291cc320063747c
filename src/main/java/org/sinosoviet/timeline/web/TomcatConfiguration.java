package org.sinosoviet.timeline.web;

import java.time.Duration;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Replaces Tomcat's HTML error report, which Boot installs on the host, with
 * {@link ProblemErrorReportValve}, and gives the connector a deadline for request headers
 * ({@link HeaderTimeoutProtocol}). Runs after Boot's own customizer, so the replacement
 * sees Boot's valve and takes its place.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

	/** How long a request's line and headers may take to arrive. */
	static final Duration HEADER_TIMEOUT = Duration.ofSeconds(10);

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return new ProblemErrorReports();
	}

	/**
	 * Tomcat writes a response body in slices of its socket write buffer, 8 KB by
	 * default: a 400 KB page took some fifty system calls, each with a copy. Pages and
	 * lists here are 20 to 400 KB, so a 64 KB buffer (one per connection while it writes)
	 * sends them in a few.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> largeWrites() {
		return (factory) -> factory.addConnectorCustomizers(
				(connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(WRITE_BUFFER_BYTES)));
	}

	static final int WRITE_BUFFER_BYTES = 64 * 1024;

	/** Ordered last, after Boot's TomcatWebServerFactoryCustomizer. */
	static final class ProblemErrorReports
			implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatServletWebServerFactory factory) {
			factory.addContextCustomizers((context) -> replaceErrorReport(context.getParent()));
			factory.setProtocol(HeaderTimeoutProtocol.class.getName());
			factory.addConnectorCustomizers((connector) -> {
				if (connector.getProtocolHandler() instanceof HeaderTimeoutProtocol protocol) {
					protocol.setHeaderTimeout(HEADER_TIMEOUT.toMillis());
				}
			});
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

		private static void replaceErrorReport(Container host) {
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new ProblemErrorReportValve());
			if (host instanceof StandardHost standardHost) {
				// Otherwise the host adds Tomcat's default HTML report again when it
				// starts.
				standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
		}

	}

}
