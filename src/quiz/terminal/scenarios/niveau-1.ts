// Niveau 1 of the TP page: Nginx, a bind mount, a first image. Files: website/index.html and the
// Dockerfile, in ~/tp/tp1 (the page has the learner create them; here they are ready).
import { findImage, type SimState } from '../state';
import { scenarioInfo } from './catalogue';
import { TP, bindMounts, containerNamed, isRunning, publishes, runsImage } from './checks';
import { withChecks } from './define';

// The TP page's files, exactly as its code blocks titled with the file name give them
// (tests/unit/terminal-scenarios.test.ts compares them with the page).
const NIVEAU_1_DOCKERFILE = "FROM nginx:1.30-alpine\nCOPY website/ /usr/share/nginx/html/\nEXPOSE 80\n";
const NIVEAU_1_INDEX_HTML = "<!doctype html>\n<html lang=\"fr\">\n  <head>\n    <meta charset=\"utf-8\">\n    <title>Mon site</title>\n  </head>\n  <body>\n    <h1>Bonjour depuis un conteneur !</h1>\n    <p>Cette page est servie par Nginx.</p>\n  </body>\n</html>\n";

const DIR = `${TP}/tp1`;

/** The image holds the page at nginx's root: it was built with the COPY, not merely tagged. */
function hasPage(state: SimState, ref: string): boolean {
  const image = findImage(state, ref);
  if (!image) return false;
  const files = [image.files ?? {}, ...image.layers.map((l) => l.files ?? {})];
  return files.some((f) => Object.entries(f).some(([path, content]) => /\/usr\/share\/nginx\/html\/index\.html$/.test(path) && content.includes('Bonjour depuis un conteneur')));
}

export const niveau1 = withChecks(scenarioInfo('niveau-1')!, {
  intro: 'Le dossier tp1 contient déjà website/index.html et le Dockerfile du TP. Suivez les étapes dans l’ordre : chacune devient verte dès que le Docker simulé est dans l’état demandé.',
  files: { [`${DIR}/website/index.html`]: NIVEAU_1_INDEX_HTML, [`${DIR}/Dockerfile`]: NIVEAU_1_DOCKERFILE },
  cwd: TP,
  steps: {
    'lancer-nginx': {
      check: (s) => {
        const web = containerNamed(s, 'web');
        return isRunning(web) && runsImage(s, web, 'nginx:1.30') && publishes(web, 8080, 80);
      },
      hint: 'docker run, en arrière-plan (-d), avec un nom (--name) et une publication de port : -p port_de_l’hôte:port_du_conteneur.',
      solution: ['docker run -d --name web -p 8080:80 nginx:1.30', 'docker ps', 'curl http://localhost:8080'],
    },
    'supprimer-web': {
      check: (s) => !containerNamed(s, 'web'),
      hint: 'Un conteneur qui tourne s’arrête avec docker stop avant docker rm (ou docker rm -f fait les deux).',
      solution: ['docker logs web', 'docker stop web', 'docker rm web'],
    },
    'montage-lie': {
      check: (s) =>
        s.containers.some(
          (c) => isRunning(c) && runsImage(s, c, 'nginx:1.30-alpine') && bindMounts(c, `${DIR}/website`, '/usr/share/nginx/html') && publishes(c, 8081, 80),
        ),
      hint: 'Depuis le dossier tp1, -v "$PWD/website:/usr/share/nginx/html" monte le dossier de l’hôte à la place de la page par défaut.',
      solution: ['cd tp1', 'docker run --name website -v "$PWD/website:/usr/share/nginx/html" -p 8081:80 --rm nginx:1.30-alpine'],
    },
    'construire-image': {
      check: (s) => hasPage(s, 'mon-site:1.0'),
      hint: 'docker build lit le Dockerfile du dossier donné en dernier argument (.), et -t donne le nom et l’étiquette de l’image.',
      solution: ['cat Dockerfile', 'docker build -t mon-site:1.0 .', 'docker images mon-site'],
    },
    'lancer-mon-site': {
      check: (s) => {
        const c = containerNamed(s, 'mon-site');
        return isRunning(c) && runsImage(s, c, 'mon-site:1.0') && publishes(c, 8081, 80);
      },
      hint: 'Le port 8081 est-il encore pris par le conteneur de l’étape 3 ? docker stop le libère (et --rm supprime ce conteneur).',
      solution: ['docker stop website', 'docker run -d --name mon-site -p 8081:80 mon-site:1.0', 'curl http://localhost:8081', 'docker history mon-site:1.0'],
    },
    nettoyer: {
      check: (s) => !containerNamed(s, 'mon-site') && !findImage(s, 'mon-site:1.0'),
      hint: 'Supprimez d’abord le conteneur (docker rm -f), puis l’image (docker rmi) : une image utilisée par un conteneur ne se supprime pas.',
      solution: ['docker rm -f mon-site', 'docker rmi mon-site:1.0'],
    },
  },
});
