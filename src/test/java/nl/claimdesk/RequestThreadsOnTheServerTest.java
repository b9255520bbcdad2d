package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;

/** The running server gets the request thread default: the environment reaches Tomcat's connector. */
@ServerTest
class RequestThreadsOnTheServerTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void tomcatRunsWithTheDefaultForThisMachine() {
        var connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        var protocol = (AbstractProtocol<?>) connector.getProtocolHandler();

        assertThat(protocol.getMaxThreads())
                .isEqualTo(RequestThreadDefault.threadsFor(Runtime.getRuntime().availableProcessors()));
    }
}
