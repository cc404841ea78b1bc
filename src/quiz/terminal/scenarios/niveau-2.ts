// Niveau 2 of the TP page: WordPress and MySQL with Compose. compose.yaml is ready in
// ~/tp/tp2-wordpress; the learner writes .env (here-document or the editor).
import { scenarioInfo } from './catalogue';
import { TP, envFile, hasVolume, projectContainers, publishes, runningOf, serviceContainers } from './checks';
import { withChecks } from './define';
import type { SimState } from '../state';

// The TP page's files, exactly as its code blocks titled with the file name give them
// (tests/unit/terminal-scenarios.test.ts compares them with the page).
const NIVEAU_2_COMPOSE = "services:\n  db:\n    image: mysql:8.4\n    restart: always\n    environment:\n      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}\n      MYSQL_DATABASE: wordpress\n      MYSQL_USER: wordpress\n      MYSQL_PASSWORD: ${MYSQL_PASSWORD}\n    volumes:\n      - db_data:/var/lib/mysql\n    healthcheck:\n      test: [\"CMD\", \"mysqladmin\", \"ping\", \"-h\", \"127.0.0.1\"]\n      interval: 10s\n      timeout: 5s\n      retries: 5\n      start_period: 30s\n\n  wordpress:\n    image: wordpress:latest\n    restart: always\n    ports:\n      - \"8080:80\"\n    environment:\n      WORDPRESS_DB_HOST: db:3306\n      WORDPRESS_DB_USER: wordpress\n      WORDPRESS_DB_PASSWORD: ${MYSQL_PASSWORD}\n      WORDPRESS_DB_NAME: wordpress\n    volumes:\n      - wp_data:/var/www/html\n    depends_on:\n      db:\n        condition: service_healthy\n\nvolumes:\n  db_data:\n  wp_data:\n";
const NIVEAU_2_ENV = "MYSQL_ROOT_PASSWORD=change-moi-root\nMYSQL_PASSWORD=change-moi-wp\n";

const PROJECT = 'tp2-wordpress';
const DIR = `${TP}/${PROJECT}`;
const VOLUMES = [`${PROJECT}_db_data`, `${PROJECT}_wp_data`];

/** db and wordpress run, WordPress publishes 8080, MySQL keeps its data in the db_data volume. */
function projectUp(s: SimState): boolean {
  const db = runningOf(serviceContainers(s, PROJECT, 'db'));
  const wp = runningOf(serviceContainers(s, PROJECT, 'wordpress'));
  return (
    db.some((c) => c.mounts.some((m) => m.type === 'volume' && m.source === `${PROJECT}_db_data` && m.destination === '/var/lib/mysql')) &&
    wp.some((c) => publishes(c, 8080, 80))
  );
}

export const niveau2 = withChecks(scenarioInfo('niveau-2')!, {
  intro: 'Le dossier tp2-wordpress contient le compose.yaml du TP ; le fichier .env des mots de passe reste à écrire.',
  files: { [`${DIR}/compose.yaml`]: NIVEAU_2_COMPOSE },
  cwd: TP,
  steps: {
    'fichier-env': {
      check: (s) => {
        const vars = envFile(s.fs.read(`${DIR}/.env`));
        return !!vars.MYSQL_ROOT_PASSWORD && !!vars.MYSQL_PASSWORD;
      },
      hint: 'Dans le dossier tp2-wordpress, écrivez .env avec un here-document (cat > .env <<\'EOF\', les lignes, puis EOF) ou avec « Éditer un fichier » (nano .env).',
      solution: ['cd tp2-wordpress', `cat > .env <<'EOF'\n${NIVEAU_2_ENV}EOF`, 'cat .env'],
    },
    demarrer: {
      check: projectUp,
      hint: 'docker compose config montre le fichier avec les variables remplacées ; docker compose up -d démarre le projet en arrière-plan.',
      solution: ['docker compose config', 'docker compose up -d', 'docker compose ps', 'docker compose logs db'],
    },
    arreter: {
      check: (s) => projectContainers(s, PROJECT).length === 0 && VOLUMES.every((v) => hasVolume(s, v)),
      hint: 'docker compose down supprime les conteneurs et le réseau du projet, mais garde les volumes nommés (sans -v).',
      solution: ['docker compose down', 'docker volume ls'],
    },
    redemarrer: {
      check: projectUp,
      hint: 'Le même fichier Compose recrée les conteneurs ; ils retrouvent les volumes du projet.',
      solution: ['docker compose up -d', 'docker compose ps'],
    },
    nettoyer: {
      check: (s) => projectContainers(s, PROJECT).length === 0 && !VOLUMES.some((v) => hasVolume(s, v)),
      hint: 'L’option -v de docker compose down supprime aussi les volumes nommés du projet.',
      solution: ['docker compose down -v'],
    },
  },
});
