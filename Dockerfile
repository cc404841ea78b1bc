# syntax=docker/dockerfile:1
# Cours Conteneurs : le site statique dans une image nginx sans root, sur le port 8080.
#
#   docker build -t cours-conteneurs --build-arg SITE_URL=https://cours.example.org .
#   docker run --rm -p 8080:8080 cours-conteneurs
#
# Sous un sous-chemin : --build-arg BASE_PATH=/cours/ (voir README.md, « Déployer »).
# Le conteneur n'écrit que dans /tmp : lancez-le en lecture seule,
#   docker run --rm --read-only --tmpfs /tmp -p 8080:8080 cours-conteneurs
#
# Les images de base sont épinglées par empreinte (digest) : une construction refaite plus tard
# prend exactement les mêmes. Pour les mettre à jour, voir README.md, « Mettre à jour les images
# de base » (l'étiquette reste écrite à côté de l'empreinte, pour la lisibilité).

# 1. Construction, avec le Node qu’exige Astro 7 (le projet déclare le même, paquet npm `node`).
FROM node:24-slim@sha256:a9f5f7c91a432850b2a8a7797adf5eadb6c733ceed61167806cee7ea7fbc29df AS build
WORKDIR /app
ENV ASTRO_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
# `npm install` et non `npm ci` : voir README.md.
RUN npm install --no-audit --no-fund
COPY . .
ARG SITE_URL=http://localhost:8080
ARG BASE_PATH=/
# Le site, puis la CSP calculée sur ses pages (scripts/csp.mjs), puis l’arborescence servie :
# dist/ sous le sous-chemin, et à la racine la page 404, robots.txt et un renvoi vers le cours.
RUN set -eu; \
    SITE_URL="$SITE_URL" BASE_PATH="$BASE_PATH" npx astro build; \
    node scripts/csp.mjs dist /app/csp.conf; \
    sub="$(printf '%s' "$BASE_PATH" | sed 's#^/*##; s#/*$##')"; \
    mkdir -p "/app/site/$sub"; \
    cp -R dist/. "/app/site/$sub/"; \
    if [ -n "$sub" ]; then \
      cp dist/404.html dist/robots.txt /app/site/; \
      printf '<!doctype html>\n<html lang="fr"><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/%s/"><title>Cours Conteneurs</title><a href="/%s/">Cours Conteneurs</a></html>\n' "$sub" "$sub" > /app/site/index.html; \
    fi

# 2. Service : nginx sans root (utilisateur 101 de l’image), configuration de deploy/nginx.conf.
FROM nginxinc/nginx-unprivileged:stable-alpine@sha256:daa17b944bac2b578e962da4c61ad72a59233b3c63abea17113acaf4e6b9aea4
COPY deploy/nginx.conf /etc/nginx/nginx.conf
COPY --from=build /app/csp.conf /etc/nginx/csp.conf
COPY --from=build /app/site/ /srv/cours-conteneurs/
USER 101
EXPOSE 8080
# En bonne santé tant que nginx sert l'accueil (wget de BusyBox, présent dans l'image alpine).
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1
