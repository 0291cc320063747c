package org.sinosoviet.timeline.web;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's HTTP/1.1 connector with a deadline for a request's line and headers. Tomcat's
 * own timeouts count from the last byte read, so a client that sends one byte a second
 * keeps its connection for as long as it likes (8 KiB of headers take over two hours).
 * Once a second this closes every connection whose request started arriving more than
 * {@link #setHeaderTimeout(long) the header timeout} ago and is still being read. Public,
 * because Tomcat makes its protocol from the class name.
 */
public class HeaderTimeoutProtocol extends Http11NioProtocol {

	private long headerTimeoutNanos = TimeUnit.SECONDS.toNanos(10);

	private ScheduledFuture<?> monitor;

	/**
	 * How long a request's line and headers may take to arrive.
	 * @param millis the timeout in milliseconds
	 */
	public void setHeaderTimeout(long millis) {
		this.headerTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(millis);
	}

	@Override
	public void start() throws Exception {
		super.start();
		this.monitor = getUtilityExecutor().scheduleWithFixedDelay(this::closeSlowRequests, 1, 1, TimeUnit.SECONDS);
	}

	@Override
	public void stop() throws Exception {
		if (this.monitor != null) {
			this.monitor.cancel(false);
		}
		super.stop();
	}

	private void closeSlowRequests() {
		long now = System.nanoTime();
		for (SocketWrapperBase<?> connection : getEndpoint().getConnections()) {
			// A connection keeps its processor only while it waits for the rest of a
			// request's line and headers (or for an async request, which this site has
			// none of): between requests it has none, and a worker thread holds it while
			// the request is served.
			if (connection.getCurrentProcessor() instanceof AbstractProcessor processor && !processor.isAsync()) {
				long started = processor.getRequest().getStartTimeNanos();
				if (started > 0 && now - started > this.headerTimeoutNanos) {
					connection.close();
				}
			}
		}
	}

}
