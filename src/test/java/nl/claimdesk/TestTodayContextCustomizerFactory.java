package nl.claimdesk;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Moves the application's own clock bean to {@link TestToday} in every Spring test context, so that the whole
 * application (eligibility, retention, hand-over) and the test's expectations agree on today. The bean is wrapped, not
 * replaced: its time zone stays the application's.
 */
public final class TestTodayContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new ShiftedClock();
    }

    private record ShiftedClock() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    // A test's own MutableClock already says exactly which moment it means.
                    return bean instanceof Clock clock && !(clock instanceof MutableClock)
                            ? TestToday.shift(clock)
                            : bean;
                }
            });
        }
    }
}
