package org.sinosoviet.timeline.web;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the tests over real HTTP share: a client for the running app and a JSON reader.
 */
abstract class ApiHttpTests {

	@LocalServerPort
	int port;

	ApiHttp http;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void client() {
		this.http = new ApiHttp(this.port);
	}

}
