# shellcheck shell=bash
# The keys the prod profile refuses to start without (docs/security.md, "Keys and secrets"). Fixed values, so that a
# staff member's TOTP secret in the bench data opens again on the next run: for benchmark databases only.
BENCH_TOTP_KEYS=bench:YmVuY2gtb25seS10b3RwLWtleS0zMi1ieXRlcyEhISE=
BENCH_PSEUDONYM_KEY=YmVuY2gtb25seS1wc2V1ZG9ueW0ta2V5LTMyLWJ5dGVz
BENCH_IBAN_KEYS=bench:YmVuY2gtb25seS1pYmFuLWtleS0zMi1ieXRlcyEhISE=
