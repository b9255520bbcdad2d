package nl.claimdesk.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignUpChartTest {

    @Test
    void gridLinesFallOnRoundNumbers() {
        assertThat(SignUpChart.step(0)).isEqualTo(1);
        assertThat(SignUpChart.step(3)).isEqualTo(1);
        assertThat(SignUpChart.step(7)).isEqualTo(2);
        assertThat(SignUpChart.step(18)).isEqualTo(5);
        assertThat(SignUpChart.step(40)).isEqualTo(10);
        assertThat(SignUpChart.step(41)).isEqualTo(20);
        assertThat(SignUpChart.step(23_456)).isEqualTo(10_000);
    }
}
