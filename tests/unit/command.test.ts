import { describe, expect, test } from 'vitest';
import { gradeCommand, normalizeImage, sameCommand, tokenize } from '../../src/quiz/command';

// Each pair: what the course writes, and a spelling a learner may type that does the same thing.
const EQUIVALENT: [string, string][] = [
  ['docker ps -a', 'docker ps --all'],
  ['docker ps -a', '  docker   ps   -a  '],
  ['docker ps -a', '$ docker ps -a'],
  ['docker ps -a', 'sudo docker ps -a'],
  ['docker ps -a', 'docker container ls -a'],
  ['docker ps -a', 'docker container ps --all'],
  ['docker ps -a', 'docker container list -a'],
  ['docker ps -aq', 'docker ps -q -a'],
  ['docker ps -aq', 'docker ps --quiet --all'],
  ['docker images', 'docker image ls'],
  ['docker images', 'docker image list'],
  ['docker rmi nginx', 'docker image rm nginx'],
  ['docker rmi nginx', 'docker rmi nginx:latest'],
  ['docker rmi nginx', 'docker image remove docker.io/library/nginx:latest'],
  ['docker rm -f web', 'docker rm --force web'],
  ['docker rm -f web', 'docker container rm -f web'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run --name web -p 8080:80 -d nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run --detach --publish 8080:80 --name=web nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker container run -d -p 8080:80 --name web nginx:latest'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p 8080:80/tcp --name "web" nginx'],
  ['docker run -d -p 8080:80 --name web nginx', "docker run -d -p '8080:80' --name='web' nginx"],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -dp 8080:80 --name web nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p8080:80 --name web nginx'],
  ['docker run -it ubuntu bash', 'docker run -ti ubuntu bash'],
  ['docker run -it ubuntu bash', 'docker run -i -t ubuntu bash'],
  ['docker run -it ubuntu bash', 'docker run --interactive --tty ubuntu bash'],
  ['docker run -it --rm alpine sh', 'docker run --rm -ti alpine sh'],
  ['docker exec -it web sh', 'docker container exec --tty --interactive web sh'],
  ['docker run -e MODE=prod -e DEBUG=0 monapp', 'docker run --env DEBUG=0 --env MODE=prod monapp'],
  ['docker run -v /tmp/container:/tmp ubuntu', 'docker run --volume /tmp/container:/tmp ubuntu'],
  ['docker run -v "$PWD/website:/usr/share/nginx/html" nginx', 'docker run -v $(pwd)/website:/usr/share/nginx/html nginx'],
  ['docker run -d --restart unless-stopped nginx', 'docker run --restart=unless-stopped --detach nginx'],
  ['docker run -d --memory 512m --cpus 1.5 nginx', 'docker run -d -m 512M --cpus=1.50 nginx'],
  ['docker logs -f web', 'docker logs --follow web'],
  ['docker logs -f web', 'docker container logs -f web'],
  ['docker stop -t 0 web', 'docker stop --time=0 web'],
  ['docker stop -t 0 web', 'docker stop --timeout 0 web'],
  ['docker build -t monapp:1.0 .', 'docker build --tag monapp:1.0 .'],
  ['docker build -t monapp:1.0 .', 'docker build . -t monapp:1.0'],
  ['docker build -t monapp:1.0 .', 'docker image build -t monapp:1.0 ./'],
  ['docker build -t monapp:1.0 .', 'docker buildx build -t monapp:1.0 .'],
  ['docker build -f server.Dockerfile -t our-first-server .', 'docker build --file server.Dockerfile --tag our-first-server:latest .'],
  ['docker system prune -a', 'docker system prune --all'],
  ['docker volume ls', 'docker volume list'],
  ['docker volume rm db_data', 'docker volume remove db_data'],
  ['docker network create monreseau', 'docker  network  create  monreseau'],
  ['docker compose up -d', 'docker compose up --detach'],
  ['docker compose up -d', 'docker-compose up -d'],
  ['docker compose down -v', 'docker compose down --volumes'],
  ['docker compose logs -f web', 'docker compose logs --follow web'],
  ['docker compose -f docker-compose.test.yml up --abort-on-container-exit', 'docker compose --file docker-compose.test.yml up --abort-on-container-exit'],
  ['docker login -u alice --password-stdin', 'docker login --username alice --password-stdin'],
  ['kubectl get pods', 'kubectl get po'],
  ['kubectl get pods', 'kubectl get pod'],
  ['kubectl scale deployment web --replicas=3', 'kubectl scale deploy/web --replicas 3'],
  ['kubectl scale deployment web --replicas=3', 'kubectl scale --replicas=3 deployment/web'],
  ['kubectl apply -f deployment.yaml', 'kubectl apply --filename=deployment.yaml'],
  ['kubectl get pods -n dev', 'kubectl get pods --namespace dev'],
  ['kubectl get pods,deploy,svc', 'kubectl get svc,pods,deployments'],
  ['kubectl logs -f web', 'kubectl logs --follow web'],
  ['kubectl rollout undo deployment/webapp', 'kubectl rollout undo deploy webapp'],
];

// Each pair: the right command, and one that looks close but does something else.
const DIFFERENT: [string, string][] = [
  ['docker ps -a', 'docker ps'],
  ['docker ps -a', 'docker ps -l'],
  ['docker ps -a', 'docker ps -all'],
  ['docker ps -a', 'docker images -a'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p 80:8080 --name web nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -p 8080:80 --name web nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p 8080:80 --name web2 nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p 8080:80 --name web httpd'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -P --name web nginx'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker run -d -p 8080:80 --name web nginx:1.25'],
  ['docker run -d -p 8080:80 --name web nginx', 'docker create -p 8080:80 --name web nginx'],
  ['docker rm -f web', 'docker rm -f'],
  ['docker rm -f web', 'docker rm web'],
  ['docker rm -f web', 'docker rmi -f web'],
  ['docker rmi nginx', 'docker rmi nginx:1.25'],
  ['docker run -it ubuntu bash', 'docker run -i ubuntu bash'],
  ['docker run -it ubuntu bash', 'docker run -it ubuntu'],
  ['docker run -it ubuntu bash', 'docker run ubuntu bash -it'],
  ['docker stop web', 'docker kill web'],
  ['docker system prune -a', 'docker system prune'],
  ['docker system prune -a', 'docker image prune -a'],
  ['docker compose down -v', 'docker compose down'],
  ['docker compose up -d', 'docker compose start'],
  ['docker build -t monapp:1.0 .', 'docker build -t monapp .'],
  ['docker logs -f web', 'docker logs -t web'],
  ['kubectl scale deployment web --replicas=3', 'kubectl scale deployment web --replicas=5'],
  ['kubectl get pods', 'kubectl get svc'],
  ['kubectl apply -f deployment.yaml', 'kubectl delete -f deployment.yaml'],
];

describe('tokenize', () => {
  test('removes a prompt and sudo, keeps quoted spaces together', () => {
    expect(tokenize('$ sudo docker run -e "MSG=bonjour le monde" alpine')).toEqual([
      'docker', 'run', '-e', 'MSG=bonjour le monde', 'alpine',
    ]);
  });
  test('joins continued lines', () => {
    expect(tokenize('docker run \\\n  -d nginx')).toEqual(['docker', 'run', '-d', 'nginx']);
  });
  test('refuses an unclosed quote', () => {
    expect(() => tokenize('docker run --name "web nginx')).toThrow(/guillemet/);
  });
});

test('image references are normalised to name:tag', () => {
  expect(normalizeImage('nginx')).toBe('nginx:latest');
  expect(normalizeImage('docker.io/library/nginx')).toBe('nginx:latest');
  expect(normalizeImage('ghcr.io/alice/app')).toBe('ghcr.io/alice/app:latest');
  expect(normalizeImage('localhost:5000/app')).toBe('localhost:5000/app:latest');
  expect(normalizeImage('localhost:5000/app:2')).toBe('localhost:5000/app:2');
});

describe('equivalent spellings are accepted', () => {
  test(`at least 40 pairs (${EQUIVALENT.length})`, () => expect(EQUIVALENT.length).toBeGreaterThanOrEqual(40));
  test.each(EQUIVALENT)('%s ≡ %s', (answer, typed) => {
    expect(gradeCommand(typed, [answer])).toMatchObject({ correct: true, differences: [] });
  });
});

describe('commands that do something else are refused', () => {
  test(`at least 20 pairs (${DIFFERENT.length})`, () => expect(DIFFERENT.length).toBeGreaterThanOrEqual(20));
  test.each(DIFFERENT)('%s ≢ %s', (answer, typed) => {
    const grade = gradeCommand(typed, [answer]);
    expect(grade.correct).toBe(false);
    expect(grade.differences.length).toBeGreaterThan(0);
    expect(sameCommand(answer, typed)).toBe(false);
  });
});

describe('feedback names the difference', () => {
  test('a missing option', () => {
    expect(gradeCommand('docker run -p 8080:80 --name web nginx', ['docker run -d -p 8080:80 --name web nginx']).differences)
      .toEqual(['Il manque l’option -d (--detach).']);
  });
  test('reversed ports', () => {
    expect(gradeCommand('docker run -d -p 80:8080 --name web nginx', ['docker run -d -p 8080:80 --name web nginx']).differences[0])
      .toMatch(/inversés.*hôte:conteneur/);
  });
  test('-all is read as -a -l -l', () => {
    const { differences } = gradeCommand('docker ps -all', ['docker ps -a']);
    expect(differences[0]).toMatch(/« -all » n’est pas « --all »/);
    expect(differences).toContain('L’option -l n’est pas demandée.');
  });
  test('a missing argument', () => {
    expect(gradeCommand('docker rm -f', ['docker rm -f web']).differences).toEqual([
      'Il manque un argument (un nom de conteneur, d’image, de fichier ou de service…).',
    ]);
  });
  test('another subcommand', () => {
    expect(gradeCommand('docker kill web', ['docker stop web']).differences[0]).toMatch(/commande « docker kill » ne fait pas ce qui est demandé/);
  });
  test('an empty answer', () => {
    expect(gradeCommand('   ', ['docker ps'])).toMatchObject({ correct: false, differences: ['Aucune commande saisie.'] });
  });
  test('docker-compose is accepted with a note on the old syntax', () => {
    const grade = gradeCommand('docker-compose logs -f web', ['docker compose logs -f web']);
    expect(grade.correct).toBe(true);
    expect(grade.notes[0]).toMatch(/ancienne syntaxe/);
  });
  test('the closest of several accepted answers explains the miss', () => {
    const grade = gradeCommand('docker image rm', ['docker system prune -a', 'docker image rm nginx']);
    expect(grade.differences).toEqual(['Il manque un argument (un nom de conteneur, d’image, de fichier ou de service…).']);
  });
});
