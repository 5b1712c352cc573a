# mitreden in a container: built in one stage, run as an unprivileged user
# in a slim image. The data directory is a volume; secrets come as files
# (Docker secrets: MITREDEN_TELEGRAM_TOKEN_FILE=/run/secrets/telegram, …).
#
#   docker build -t mitreden .
#   docker run -d --name mitreden \
#     -v mitreden-data:/data -v "$PWD/config.toml:/etc/mitreden/config.toml:ro" \
#     -e MITREDEN_TELEGRAM_TOKEN_FILE=/run/secrets/telegram \
#     mitreden
#
# `docker stop` sends SIGTERM: the bot exits at once, every acknowledged
# answer already on disk; unanswered updates are fetched again on start.

FROM rust:1.85-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin mitreden \
    && install -D target/release/mitreden /out/mitreden

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /data --shell /usr/sbin/nologin mitreden \
    && mkdir -p /data /etc/mitreden && chown mitreden /data
COPY --from=build /out/mitreden /usr/local/bin/mitreden
COPY consultations /usr/share/mitreden/consultations
COPY locales /usr/share/mitreden/locales
USER mitreden
ENV MITREDEN_DATA_DIR=/data
VOLUME ["/data"]
WORKDIR /usr/share/mitreden
ENTRYPOINT ["mitreden", "--config", "/etc/mitreden/config.toml"]
CMD ["run"]
