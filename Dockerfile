# One image for the API and the worker (docker-compose.yml picks the command).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The empty stand-in for swagger-ui-dist's install-time telemetry (@scarf/scarf), a local package.
COPY tools/no-telemetry ./tools/no-telemetry
# npm ci builds the console (the prepare script), so its sources come first.
COPY console ./console
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:24-bookworm-slim
# bubblewrap + Python run code evaluators; the worker bundles workflow code at start.
RUN apt-get update \
 && apt-get install -y --no-install-recommends bubblewrap python3 python3-venv python3-pip ca-certificates \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
COPY --from=build /app/node_modules ./node_modules
# dist/ holds the compiled server and the built console (dist/console), served at /console and /docs.
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
# The sandbox harness is Python, copied beside the compiled code.
COPY src/sandbox/*.py ./dist/sandbox/
USER node
EXPOSE 3000
CMD ["node", "dist/main/api.js"]
