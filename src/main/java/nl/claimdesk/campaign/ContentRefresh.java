package nl.claimdesk.campaign;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Every node looks for changed campaign content once per {@code claimdesk.content.refresh-interval}. */
@Configuration(proxyBeanMethods = false)
class ContentRefresh implements SchedulingConfigurer {

    private final CampaignSites sites;
    private final CampaignSettings settings;

    ContentRefresh(CampaignSites sites, CampaignSettings settings) {
        this.sites = sites;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        Duration interval = settings.content().refreshInterval();
        registrar.addFixedDelayTask(new FixedDelayTask(sites::reloadWhenChanged, interval, interval));
    }
}
