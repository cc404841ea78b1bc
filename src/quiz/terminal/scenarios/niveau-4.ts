// Niveau 4 of the TP page: an Nginx load balancer, three Flask replicas, Redis. Every file of
// the page is ready in ~/tp/tp4-prod.
import { findImage } from '../state';
import { scenarioInfo } from './catalogue';
import { TP, hasVolume, projectContainers, publishes, runningOf, serviceContainers } from './checks';
import { withChecks } from './define';

// The TP page's files, exactly as its code blocks titled with the file name give them
// (tests/unit/terminal-scenarios.test.ts compares them with the page).
const NIVEAU_4_APP_PY = "import os\nimport socket\n\nfrom flask import Flask\nfrom redis import Redis\n\napp = Flask(__name__)\ncache = Redis(host=os.environ.get(\"REDIS_HOST\", \"redis\"), port=6379, socket_connect_timeout=2)\n\n\n@app.route(\"/\")\ndef index():\n    visites = cache.incr(\"visites\")\n    return f\"Bonjour ! Page vue {visites} fois. Réponse du conteneur {socket.gethostname()}\\n\"\n\n\n@app.route(\"/health\")\ndef health():\n    return \"ok\\n\"\n";
const NIVEAU_4_COMPOSE = "services:\n  lb:\n    image: nginx:1.30-alpine\n    ports:\n      - \"8080:80\"\n    volumes:\n      - ./nginx/nginx.conf:/etc/nginx/conf.d/default.conf:ro\n    depends_on:\n      app:\n        condition: service_healthy\n    networks:\n      - frontend\n    restart: always\n\n  app:\n    build: ./app\n    image: tp4-flask:1.0\n    environment:\n      REDIS_HOST: redis\n    deploy:\n      replicas: 3\n      resources:\n        limits:\n          cpus: \"0.50\"\n          memory: 256M\n    depends_on:\n      redis:\n        condition: service_healthy\n    networks:\n      - frontend\n      - backend\n    restart: always\n\n  redis:\n    image: redis:8-alpine\n    command: [\"redis-server\", \"--appendonly\", \"yes\"]\n    volumes:\n      - redis_data:/data\n    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]\n      interval: 5s\n      timeout: 3s\n      retries: 5\n    networks:\n      - backend\n    restart: always\n\nnetworks:\n  frontend:\n  backend:\n\nvolumes:\n  redis_data:\n";
const NIVEAU_4_DOCKERFILE = "FROM python:3.14-slim\nENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\nRUN useradd --create-home --uid 10001 appuser\nUSER appuser\nEXPOSE 5000\nHEALTHCHECK --interval=10s --timeout=3s --retries=3 \\\n  CMD python -c \"import urllib.request; urllib.request.urlopen('http://localhost:5000/health')\"\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:5000\", \"--workers\", \"2\", \"app:app\"]\n";
const NIVEAU_4_NGINX_CONF = "upstream flask_app {\n    # \"app\" est résolu au démarrage de Nginx : une adresse par réplica\n    server app:5000;\n}\n\nserver {\n    listen 80;\n\n    location / {\n        proxy_pass http://flask_app;\n        proxy_set_header Host $host;\n        proxy_set_header X-Real-IP $remote_addr;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n        proxy_set_header X-Forwarded-Proto $scheme;\n    }\n}\n";
const NIVEAU_4_REQUIREMENTS = "flask>=3.1,<4\nredis>=5\ngunicorn>=23\n";

const PROJECT = 'tp4-prod';
const DIR = `${TP}/${PROJECT}`;

export const niveau4 = withChecks(scenarioInfo('niveau-4')!, {
  intro: 'Le dossier tp4-prod contient tous les fichiers du TP : compose.yaml, nginx/nginx.conf et l’application dans app/.',
  files: {
    [`${DIR}/compose.yaml`]: NIVEAU_4_COMPOSE,
    [`${DIR}/nginx/nginx.conf`]: NIVEAU_4_NGINX_CONF,
    [`${DIR}/app/Dockerfile`]: NIVEAU_4_DOCKERFILE,
    [`${DIR}/app/app.py`]: NIVEAU_4_APP_PY,
    [`${DIR}/app/requirements.txt`]: NIVEAU_4_REQUIREMENTS,
  },
  cwd: TP,
  steps: {
    demarrer: {
      check: (s) => {
        const lb = runningOf(serviceContainers(s, PROJECT, 'lb'));
        const others = projectContainers(s, PROJECT).filter((c) => c.labels['com.docker.compose.service'] !== 'lb');
        return (
          !!findImage(s, 'tp4-flask:1.0') &&
          lb.length === 1 &&
          publishes(lb[0]!, 8080, 80) &&
          runningOf(serviceContainers(s, PROJECT, 'redis')).length === 1 &&
          runningOf(serviceContainers(s, PROJECT, 'app')).length === 3 &&
          others.every((c) => c.ports.length === 0)
        );
      },
      hint: 'Depuis le dossier tp4-prod, --build de docker compose up construit l’image de app avant de démarrer ; deploy.replicas en demande trois.',
      solution: ['cd tp4-prod', 'docker compose up -d --build', 'docker compose ps'],
    },
    echelle: {
      check: (s) => {
        const apps = runningOf(serviceContainers(s, PROJECT, 'app'));
        const lb = runningOf(serviceContainers(s, PROJECT, 'lb'))[0];
        // Nginx resolves `app` when it starts: it must have started after the last replica was created.
        return apps.length === 5 && !!lb && apps.every((c) => lb.startedAt > c.createdAt);
      },
      hint: '--scale app=5 de docker compose up change le nombre de réplicas ; Nginx ne résout le nom app qu’à son démarrage : redémarrez lb ensuite.',
      solution: ['docker compose up -d --scale app=5', 'docker compose restart lb', 'docker compose ps'],
    },
    nettoyer: {
      check: (s) => projectContainers(s, PROJECT).length === 0 && !hasVolume(s, `${PROJECT}_redis_data`),
      hint: 'docker compose down supprime conteneurs et réseaux ; -v supprime aussi le volume redis_data.',
      solution: ['docker compose down -v'],
    },
  },
});
