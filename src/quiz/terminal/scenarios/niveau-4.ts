// Niveau 4 of the TP page: an Nginx load balancer, three Flask replicas, Redis. Every file of
// the page is ready in ~/tp/tp4-prod.
import { findImage } from '../state';
import { scenarioInfo } from './catalogue';
import { TP, hasVolume, projectContainers, publishes, runningOf, serviceContainers } from './checks';
import { NIVEAU_4_APP_PY, NIVEAU_4_COMPOSE, NIVEAU_4_DOCKERFILE, NIVEAU_4_NGINX_CONF, NIVEAU_4_REQUIREMENTS } from './files';
import { withChecks } from './define';

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
