// The grader's table: pairs of command lines that the real CLIs read as the same command, and
// pairs they read differently (or refuse), grouped by the classes of error of issue 12 (part 3).
// Each pair: [the accepted answer, what a learner types].
import { describe, expect, test } from 'vitest';
import { gradeCommand, parseCommand, sameCommand } from '../../src/quiz/command';

interface Group {
  same: [string, string][];
  different: [string, string][];
}

const GROUPS: Record<string, Group> = {
  'booléens lus comme strconv.ParseBool': {
    same: [
      ['docker run -d nginx', 'docker run --detach=true nginx'],
      ['docker run -d nginx', 'docker run --detach=1 nginx'],
      ['docker run -d nginx', 'docker run --detach=T nginx'],
      ['docker run -d nginx', 'docker run -d=true nginx'],
      ['docker run nginx', 'docker run --detach=0 nginx'],
      ['docker run nginx', 'docker run --detach=false nginx'],
      ['docker run --rm alpine', 'docker run --rm=TRUE alpine'],
      ['docker run --rm alpine', 'docker run --rm=True alpine'],
      ['docker run --rm alpine', 'docker run --rm=t alpine'],
      ['docker run alpine', 'docker run --rm=False alpine'],
      ['docker run alpine', 'docker run --rm=f alpine'],
      ['docker run alpine', 'docker run --rm=FALSE alpine'],
      ['docker build -t app .', 'docker build --no-cache=0 -t app .'],
      ['docker build --no-cache -t app .', 'docker build --no-cache=1 -t app .'],
      ['docker run nginx', 'docker run --sig-proxy=true nginx'],
      ['docker run nginx', 'docker run --privileged=false --init=false nginx'],
      ['docker history monapp:1.0', 'docker history --human=true monapp:1.0'],
      ['docker ps -a', 'docker ps --all=true'],
      ['docker logs -f web', 'docker logs --follow=1 web'],
      ['docker compose up -d', 'docker compose up --detach=true'],
      ['docker system prune -a', 'docker system prune --all=t'],
      ['docker network create monreseau', 'docker network create --internal=false monreseau'],
    ],
    different: [
      ['docker run -d nginx', 'docker run --detach=0 nginx'],
      ['docker run -d nginx', 'docker run --detach=false nginx'],
      ['docker run --rm alpine', 'docker run --rm=False alpine'],
      ['docker run --rm alpine', 'docker run --rm=yes alpine'],
      ['docker run --rm alpine', 'docker run --rm=2 alpine'],
      ['docker run --rm alpine', 'docker run --rm=on alpine'],
      ['docker build --no-cache -t app .', 'docker build --no-cache=0 -t app .'],
      ['docker build --no-cache -t app .', 'docker build --no-cache=oui -t app .'],
      ['docker run nginx', 'docker run --sig-proxy=false nginx'],
      ['docker history monapp:1.0', 'docker history --human=false monapp:1.0'],
      ['docker ps -a', 'docker ps --all=false'],
      ['docker compose up -d', 'docker compose up --detach=no'],
    ],
  },

  'options répétables': {
    same: [
      ['docker run --network front --network back nginx', 'docker run --network back --network front nginx'],
      ['docker run --network front nginx', 'docker run --net front nginx'],
      ['docker run --network front nginx', 'docker run --net=front nginx'],
      ['docker build --platform linux/amd64,linux/arm64 -t app .', 'docker build --platform linux/arm64 --platform linux/amd64 -t app .'],
      ['docker buildx build --platform linux/amd64 --platform linux/arm64 -t app --push .', 'docker buildx build --push --platform=linux/amd64,linux/arm64 -t app .'],
      ['docker run --env-file a.env --env-file b.env app', 'docker run --env-file b.env --env-file a.env app'],
      ['docker run --env-file ./prod.env app', 'docker run --env-file prod.env app'],
      ['docker run -e A=1 -e B=2 app', 'docker run --env B=2 -e A=1 app'],
      ['docker run -l equipe=web -l env=prod nginx', 'docker run --label env=prod --label equipe=web nginx'],
      ['docker run --cap-drop ALL --cap-add NET_BIND_SERVICE nginx', 'docker run --cap-add NET_BIND_SERVICE --cap-drop ALL nginx'],
      ['docker build -t app:1.0 -t app:latest .', 'docker build -t app -t app:1.0 .'],
      ['docker run -p 80:80 -p 443:443 nginx', 'docker run -p 443:443 -p 80:80 nginx'],
      ['docker run --add-host db:10.0.0.2 --add-host cache:10.0.0.3 app', 'docker run --add-host cache:10.0.0.3 --add-host db:10.0.0.2 app'],
      ['docker compose -f a.yml -f b.yml up', 'docker compose --file b.yml --file a.yml up'],
      ['docker network create --subnet 10.1.0.0/16,10.2.0.0/16 net', 'docker network create --subnet 10.2.0.0/16 --subnet 10.1.0.0/16 net'],
      ['kubectl apply -f a.yaml -f b.yaml', 'kubectl apply -f a.yaml,b.yaml'],
      ['kubectl apply -f a.yaml -f b.yaml', 'kubectl apply -f ./b.yaml,./a.yaml'],
      ['docker run --log-opt max-size=10m --log-opt max-file=3 nginx', 'docker run --log-opt max-file=3 --log-opt max-size=10m nginx'],
      ['docker build --build-arg A=1 --build-arg B=2 .', 'docker build --build-arg B=2 --build-arg A=1 .'],
    ],
    different: [
      ['docker run --network front --network back nginx', 'docker run --network front nginx'],
      ['docker run --network front --network back nginx', 'docker run --network back nginx'],
      ['docker build --platform linux/amd64,linux/arm64 -t app .', 'docker build --platform linux/amd64 -t app .'],
      ['docker build --platform linux/amd64,linux/arm64 -t app .', 'docker build --platform linux/arm64 -t app .'],
      ['docker run --env-file a.env --env-file b.env app', 'docker run --env-file b.env app'],
      ['docker run -e A=1 -e B=2 app', 'docker run -e A=1 app'],
      ['docker run -e A=1 -e B=2 app', 'docker run -e A=1,B=2 app'],
      ['docker build -t app:1.0 -t app:latest .', 'docker build -t app:1.0 .'],
      ['docker run -p 80:80 -p 443:443 nginx', 'docker run -p 80:80 nginx'],
      ['docker compose -f a.yml -f b.yml up', 'docker compose -f a.yml up'],
      ['kubectl apply -f a.yaml -f b.yaml', 'kubectl apply -f a.yaml'],
      ['docker run --log-opt max-size=10m --log-opt max-file=3 nginx', 'docker run --log-opt max-size=10m nginx'],
    ],
  },

  'options que le cours utilise': {
    same: [
      ['docker run -d --log-driver json-file --log-opt max-size=10m nginx', 'docker run --log-opt=max-size=10m --log-driver=json-file -d nginx'],
      ['docker run --pid host alpine', 'docker run --pid=host alpine'],
      ['docker run --cpuset-cpus 0,1 nginx', 'docker run --cpuset-cpus=0,1 nginx'],
      ['docker run --memory-reservation 256m nginx', 'docker run --memory-reservation=256MiB nginx'],
      ['docker run -m 512m --memory-swap 1g nginx', 'docker run --memory 512M --memory-swap 1024m nginx'],
      ['docker run -m 512m --memory-swap -1 nginx', 'docker run --memory-swap=-1 -m 0.5g nginx'],
      ['docker buildx build -o type=local,dest=out .', 'docker buildx build --output type=local,dest=out .'],
      ['docker build -o out .', 'docker build --output=out .'],
      ['docker build --ssh default .', 'docker build --ssh=default .'],
      ['docker build --secret id=npm,src=.npmrc .', 'docker build --secret=id=npm,src=.npmrc .'],
      ['docker run --read-only --tmpfs /tmp nginx', 'docker run --tmpfs /tmp --read-only=true nginx'],
      ['docker run --pids-limit 100 nginx', 'docker run --pids-limit=100 nginx'],
      ['docker run --init nginx', 'docker run --init=true nginx'],
      ['docker run --entrypoint sh alpine', 'docker run --entrypoint=sh alpine'],
      ['docker run -u 1000:1000 alpine', 'docker run --user=1000:1000 alpine'],
      ['docker run --health-cmd "curl -f localhost" --health-interval 30s nginx', 'docker run --health-interval=30s --health-cmd="curl -f localhost" nginx'],
      ['docker run --stop-timeout 30 nginx', 'docker run --stop-timeout=30 nginx'],
      ['docker exec -u root web id', 'docker exec --user root web id'],
      ['docker exec -w /app web ls', 'docker exec --workdir=/app web ls'],
      ['docker build --check .', 'docker build --call=check .'],
      ['docker logs --since 10m web', 'docker logs --since=10m web'],
      ['docker images --digests', 'docker image ls --digests'],
      ['docker stats --no-stream', 'docker container stats --no-stream'],
      ['docker builder prune -a', 'docker builder prune --all'],
      ['podman run -d --pod web nginx', 'podman run --pod=web --detach nginx'],
      ['docker scout cves --only-severity critical,high nginx', 'docker scout cves --only-severity high --only-severity critical nginx'],
    ],
    different: [
      ['docker run -d --log-driver json-file --log-opt max-size=10m nginx', 'docker run -d --log-driver local --log-opt max-size=10m nginx'],
      ['docker run --pid host alpine', 'docker run --ipc host alpine'],
      ['docker run --cpuset-cpus 0,1 nginx', 'docker run --cpus 2 nginx'],
      ['docker run --memory-reservation 256m nginx', 'docker run --memory 256m nginx'],
      ['docker run -m 512m --memory-swap 1g nginx', 'docker run -m 512m --memory-swap 512m nginx'],
      ['docker build -o out .', 'docker build -o dist .'],
      ['docker build --ssh default .', 'docker build --secret id=default .'],
      ['docker run --stop-timeout 30 nginx', 'docker run --stop-timeout 30s nginx'],
      ['docker run --health-interval 30s nginx', 'docker run --health-interval 30 nginx'],
      ['docker build --check .', 'docker build .'],
    ],
  },

  'commandes et options qui n’existent pas': {
    same: [
      ['docker stop -t 0 web', 'docker stop --timeout 0 web'],
      ['docker stop -t 0 web', 'docker stop --timeout=0 web'],
      ['docker stop -t 0 web', 'docker stop --time=0 web'],
      ['docker restart -t 5 web', 'docker restart --timeout 5 web'],
      ['docker version', 'docker version'],
      ['docker info', 'docker system info'],
      ['docker events', 'docker system events'],
      ['docker images', 'docker image ls'],
      ['docker rmi nginx', 'docker image rmi nginx'],
      ['docker build -t app .', 'docker builder build -t app .'],
      ['docker build -t app .', 'docker buildx b -t app .'],
      ['docker create --name web nginx', 'docker container create --name=web nginx'],
    ],
    different: [
      ['docker create --name web nginx', 'docker create -d --name web nginx'],
      ['docker create --name web nginx', 'docker create --detach --name web nginx'],
      ['docker version', 'docker system version'],
      ['docker stop -t 0 web', 'docker stop -t 10 web'],
      ['docker stop -t 0 web', 'docker stop -t zero web'],
      ['docker ps -a', 'docker ps --al'],
      ['docker run -d nginx', 'docker run --detatch nginx'],
      ['docker images', 'docker image list-all'],
      ['docker compose up -d', 'docker compose start -d'],
      ['docker volume create data', 'docker volume new data'],
      ['docker network create monreseau', 'docker network add monreseau'],
      ['docker exec -it web sh', 'docker exec -it web'],
    ],
  },

  'valeurs équivalentes': {
    same: [
      ['docker run -m 512m nginx', 'docker run -m 512MiB nginx'],
      ['docker run -m 512m nginx', 'docker run -m 536870912 nginx'],
      ['docker run -m 512m nginx', 'docker run -m 0.5g nginx'],
      ['docker run -m 512m nginx', 'docker run -m 512mb nginx'],
      ['docker run -m 512m nginx', 'docker run --memory=524288k nginx'],
      ['docker run -m 1g nginx', 'docker run -m 1024m nginx'],
      ['docker run --cpus 1.5 nginx', 'docker run --cpus 1.50 nginx'],
      ['docker run --shm-size 1g app', 'docker run --shm-size=1GB app'],
      ['docker run --health-interval 90s nginx', 'docker run --health-interval 1m30s nginx'],
      ['docker run --health-interval 90s nginx', 'docker run --health-interval 1.5m nginx'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount target=/data,source=data,type=volume app'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount src=data,dst=/data app'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount source=data,destination=/data app'],
      ['docker run --mount type=bind,source=./site,target=/usr/share/nginx/html,readonly nginx', 'docker run --mount type=bind,src="$PWD/site",dst=/usr/share/nginx/html,ro nginx'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount type=volume,source=data,target=/data,readonly=false app'],
      ['docker run -v data:/data app', 'docker run -v data:/data:rw app'],
      ['docker run -v ./site:/usr/share/nginx/html nginx', 'docker run -v "$PWD/site:/usr/share/nginx/html" nginx'],
      ['docker run -v ./site:/usr/share/nginx/html nginx', 'docker run -v $(pwd)/site:/usr/share/nginx/html nginx'],
      ['docker run -v ./site:/usr/share/nginx/html nginx', 'docker run -v ${PWD}/site/:/usr/share/nginx/html/ nginx'],
      ['docker run -v ./site:/usr/share/nginx/html:ro nginx', 'docker run --volume=$PWD/site:/usr/share/nginx/html:ro nginx'],
      ['docker build -t app .', 'docker build -t app ./'],
      ['docker build -t app .', 'docker build -t app $PWD'],
      ['docker build -t app .', 'docker build -f Dockerfile -t app .'],
      ['docker build -t app .', 'docker build -f ./Dockerfile -t app .'],
      ['docker build -t app app/', 'docker build -t app -f app/Dockerfile ./app'],
      ['docker build -f web.Dockerfile -t web .', 'docker build --file ./web.Dockerfile -t web .'],
      ['docker network create monreseau', 'docker network create -d bridge monreseau'],
      ['docker network create monreseau', 'docker network create --driver=bridge monreseau'],
      ['docker volume create data', 'docker volume create --driver local data'],
      ['docker compose exec app sh', 'docker compose exec -i app sh'],
      ['docker compose exec app sh', 'docker compose exec -it app sh'],
      ['docker compose exec -T app sh', 'docker compose exec --no-tty app sh'],
      ['docker compose exec -T app sh', 'docker compose exec -t=false app sh'],
      ['docker compose up --exit-code-from tests', 'docker compose up --abort-on-container-exit --exit-code-from tests'],
      ['docker run nginx', 'docker run --restart no nginx'],
      ['docker run nginx', 'docker run --pull missing nginx'],
      ['docker logs web', 'docker logs --tail all web'],
      ['docker logs -n 100 web', 'docker logs --tail=100 web'],
      ['docker ps', 'docker ps -n -1'],
      ['docker run -p 8080:80 nginx', 'docker run -p 0.0.0.0:8080:80/tcp nginx'],
      ['docker run nginx', 'docker run docker.io/library/nginx:latest'],
      ['docker pull ubuntu:24.04', 'docker image pull docker.io/library/ubuntu:24.04'],
      ['docker tag app monutilisateur/app:1.0', 'docker image tag app:latest docker.io/monutilisateur/app:1.0'],
      ['docker build -t app .', 'DOCKER_BUILDKIT=1 docker build -t app .'],
      ['docker compose up -d', 'COMPOSE_PROJECT_NAME=demo docker compose up -d'],
      ['docker ps', 'sudo -E docker ps'],
      ['docker ps', 'LANG=C sudo docker ps'],
      ['docker compose -p demo up', 'docker compose --project-name=demo up'],
      ['docker compose logs web', 'docker compose logs --tail=all web'],
      ['docker compose ps', 'docker compose ps --orphans=true'],
    ],
    different: [
      ['docker run -m 512m nginx', 'docker run -m 512 nginx'],
      ['docker run -m 512m nginx', 'docker run -m 512g nginx'],
      ['docker run -m 512m nginx', 'docker run -m 500m nginx'],
      ['docker run -m 512m nginx', 'docker run -m 512mo nginx'],
      ['docker run --cpus 1.5 nginx', 'docker run --cpus 15 nginx'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount type=bind,source=data,target=/data app'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount source=data,target=/srv app'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount type=volume,source=data,target=/data,readonly app'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run -v data:/data app'],
      ['docker run -v data:/data app', 'docker run -v data:/data:ro app'],
      ['docker run -v data:/data app', 'docker run -v ./data:/data app'],
      ['docker run -v ./site:/usr/share/nginx/html nginx', 'docker run -v site:/usr/share/nginx/html nginx'],
      ['docker run -v ./site:/usr/share/nginx/html nginx', 'docker run -v /site:/usr/share/nginx/html nginx'],
      ['docker build -t app .', 'docker build -f app.Dockerfile -t app .'],
      ['docker build -t app .', 'docker build -t app ..'],
      ['docker build -t app app/', 'docker build -t app -f Dockerfile app'],
      ['docker network create monreseau', 'docker network create -d overlay monreseau'],
      ['docker compose exec app sh', 'docker compose exec -T app sh'],
      ['docker compose up --exit-code-from tests', 'docker compose up --abort-on-container-exit'],
      ['docker run nginx', 'docker run --restart always nginx'],
      ['docker run nginx', 'docker run --pull always nginx'],
      ['docker logs web', 'docker logs --tail 10 web'],
      ['docker run -p 8080:80 nginx', 'docker run -p 127.0.0.1:8080:80 nginx'],
      ['docker run -p 8080:80 nginx', 'docker run -p 8080:80/udp nginx'],
      ['docker run nginx', 'docker run ghcr.io/library/nginx'],
      ['docker pull ubuntu:24.04', 'docker pull ubuntu'],
    ],
  },

  'saisie sur téléphone': {
    same: [
      ['docker run --name web nginx', 'docker run --name “web” nginx'],
      ['docker run --name web nginx', 'docker run --name ‘web’ nginx'],
      ['docker run -e "MSG=bonjour le monde" alpine', 'docker run -e “MSG=bonjour le monde” alpine'],
      ['docker ps -a', 'docker ps -a;'],
      ['docker ps -a', 'docker ps -a ;'],
      ['docker ps -a', 'docker ps -a # tous les conteneurs'],
      ['docker ps -a', 'docker ps -a  #tous'],
      ['docker ps -a', 'docker ps -a \\'],
      ['docker run --rm alpine', 'docker run —rm alpine'],
      ['docker run --rm alpine', 'docker run –rm alpine'],
      ['docker ps -a', 'docker\u00a0ps\u00a0-a'],
      ['docker ps -a', '$ docker ps -a'],
      ['docker ps -a', '$docker ps -a'],
      ['docker ps -a', 'alice@portable:~/projet$ docker ps -a'],
      ['docker compose up -d', 'docker compose up -d; # en arrière-plan'],
      ['docker run -d --name web nginx', 'docker run -d \\\n  --name web \\\n  nginx'],
      ['docker rm -f $(docker ps -aq)', 'docker rm --force $(docker ps -aq)'],
      ['lsns -p $PID', 'sudo lsns --task $PID'],
    ],
    different: [
      ['docker run --name web nginx', 'docker run --name “web nginx'],
      ['docker ps -a', 'docker ps -a; docker images'],
      ['docker ps -a', 'docker ps -a && docker images'],
      ['docker ps -a', 'docker ps -a | grep web'],
      ['docker run --rm alpine', 'docker run -rm alpine'],
      ['docker ps -a', 'docker ps # -a'],
      ['docker rm -f $(docker ps -aq)', 'docker rm -f $(docker ps -q)'],
      ['docker rm -f $(docker ps -aq)', 'docker rm -f $(docker ps -aq'],
    ],
  },

  'kubectl, lsns et minikube lus par leurs tables': {
    same: [
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale deployment.apps/web --replicas 3'],
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale deployments web --replicas=3'],
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale --replicas=3 deploy/web -n default'],
      ['kubectl get svc web', 'kubectl get services/web'],
      ['kubectl get svc web', 'kubectl get service.v1./web'.replace('.v1./', '/')],
      ['kubectl describe pod web', 'kubectl describe pods/web'],
      ['kubectl get pods', 'kubectl get pods -n default'],
      ['kubectl get pods', 'kubectl get pods --namespace=default'],
      ['kubectl get pods -n dev', 'kubectl -n dev get pods'],
      ['kubectl get pods -o wide', 'kubectl get pods --output=wide'],
      ['kubectl get pods -A', 'kubectl get pods --all-namespaces'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deploy web --image nginx -o yaml --dry-run=client'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image=nginx --dry-run -o yaml'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image=nginx --dry-run=true -o yaml'],
      ['kubectl create deployment web --image=nginx', 'kubectl create deployment web --image=nginx --dry-run=none'],
      ['kubectl set image deployment/webapp webapp=monapp:1.1', 'kubectl set image deploy webapp webapp=monapp:1.1'],
      ['kubectl rollout undo deployment/webapp', 'kubectl rollout undo deployment.apps/webapp'],
      ['kubectl rollout status deployment/webapp', 'kubectl rollout status deploy webapp'],
      ['kubectl logs web', 'kubectl logs pod/web'],
      ['kubectl logs -f web', 'kubectl logs web --follow'],
      ['kubectl exec -it web -- sh', 'kubectl exec web -ti -- sh'],
      ['kubectl port-forward service/web 8080:80', 'kubectl port-forward svc/web 8080:80'],
      ['kubectl autoscale deployment web --min=2 --max=10 --cpu=80%', 'kubectl autoscale deploy/web --max 10 --min 2 --cpu 80%'],
      ['kubectl autoscale deployment web --min=2 --max=10 --cpu=80%', 'kubectl autoscale deployment web --min=2 --max=10 --cpu-percent=80'],
      ['kubectl delete -f app.yaml', 'kubectl delete --filename=app.yaml'],
      ['kubectl apply -f app.yaml', 'kubectl apply -f ./app.yaml'],
      ['kubectl top pods', 'kubectl top pod'],
      ['kubectl config use-context minikube', 'kubectl config use minikube'],
      ['lsns -t net', 'lsns --type net'],
      ['lsns -t net', 'lsns --type=net'],
      ['lsns -t net', 'lsns -tnet'],
      ['lsns -p 1234', 'lsns --task 1234'],
      ['lsns -t net -t pid', 'lsns -t pid -t net'],
      ['minikube service hello --url', 'minikube service --url hello'],
      ['minikube service hello --url', 'minikube service hello --url=true -n default'],
      ['minikube start --driver=virtualbox', 'minikube start -d virtualbox'],
      ['minikube start --driver=virtualbox', 'minikube start --vm-driver virtualbox'],
      ['minikube start --cpus=2 --memory=4096', 'minikube start --memory 4096 --cpus 2'],
      ['minikube addons enable ingress', 'minikube -p minikube addons enable ingress'],
      ['minikube image build -t monapp .', 'minikube image build --tag monapp .'],
    ],
    different: [
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale deployment/web --replicas=5'],
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale deployment/api --replicas=3'],
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale statefulset/web --replicas=3'],
      ['kubectl scale deployment/web --replicas=3', 'kubectl scale deployment/web --replicas=trois'],
      ['kubectl get pods', 'kubectl get pods -n kube-system'],
      ['kubectl get pods', 'kubectl get deployments'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image=nginx --dry-run=server -o yaml'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image=nginx --dry-run=maybe -o yaml'],
      ['kubectl create deployment web --image=nginx --dry-run=client -o yaml', 'kubectl create deployment web --image=nginx --dry-run client -o yaml'],
      ['kubectl logs web', 'kubectl logs deploy/web'],
      ['kubectl exec -it web -- sh', 'kubectl exec -it web sh'],
      ['kubectl get svc web', 'kubectl get pods web'],
      ['kubectl autoscale deployment web --min=2 --max=10 --cpu=80%', 'kubectl autoscale deployment web --min=2 --max=10 --cpu=50%'],
      ['lsns -t net', 'lsns -t pid'],
      ['lsns -t net', 'lsns net'],
      ['lsns -t net', 'lsns --typ net'],
      ['minikube service hello --url', 'minikube service hello'],
      ['minikube service hello --url', 'minikube services hello --url'],
      ['minikube start --driver=virtualbox', 'minikube start --driver=docker'],
    ],
  },

  robustesse: {
    same: [
      ['docker run --name web nginx', 'docker run --name=web nginx:latest'],
      ['docker ps', 'docker container ps'],
    ],
    different: [
      ['docker ps', 'docker constructor'],
      ['docker ps', 'docker __proto__'],
      ['docker ps', 'docker toString'],
      ['docker ps', 'docker hasOwnProperty ps'],
      ['docker ps', 'docker container constructor'],
      ['docker compose ps', 'docker compose __proto__'],
      ['kubectl get pods', 'kubectl get constructor/x'],
      ['kubectl get pods', 'kubectl constructor'],
      ['kubectl get pods', 'kubectl get __proto__'],
      ['docker run --name web nginx', 'docker run --nmae web nginx'],
      ['docker run -d nginx', 'docker run --foo bar nginx'],
      ['docker run -d nginx', 'docker run -d --constructor nginx'],
      ['docker run -d nginx', 'docker run -d -Z nginx'],
      ['lsns -t net', 'lsns --constructor'],
      ['docker run --mount type=volume,source=data,target=/data app', 'docker run --mount constructor=data,target=/data app'],
      ['helm list', 'constructor list'],
      ['helm list', 'toString'],
    ],
  },
};

const same = Object.entries(GROUPS).flatMap(([name, g]) => g.same.map(([a, b]) => [name, a, b] as const));
const different = Object.entries(GROUPS).flatMap(([name, g]) => g.different.map(([a, b]) => [name, a, b] as const));

describe('le tableau du correcteur', () => {
  test(`au moins 150 paires équivalentes (${same.length}) et 100 non équivalentes (${different.length})`, () => {
    expect(same.length).toBeGreaterThanOrEqual(150);
    expect(different.length).toBeGreaterThanOrEqual(100);
    // For the closing note of the issue: cases per class.
    const counts = Object.entries(GROUPS).map(([name, g]) => `${name} : ${g.same.length} ≡, ${g.different.length} ≢`);
    expect(counts.length).toBe(8);
  });

  test.each(same)('[%s] %s ≡ %s', (_class, answer, typed) => {
    expect(gradeCommand(typed, [answer])).toMatchObject({ correct: true, differences: [] });
    expect(sameCommand(typed, answer)).toBe(true);
  });

  test.each(different)('[%s] %s ≢ %s', (_class, answer, typed) => {
    const grade = gradeCommand(typed, [answer]);
    expect(grade.correct).toBe(false);
    expect(grade.differences.length).toBeGreaterThan(0);
    expect(sameCommand(answer, typed)).toBe(false);
  });
});

describe('ce que le correcteur dit d’une réponse refusée', () => {
  const said = (typed: string, answer: string) => gradeCommand(typed, [answer]).differences;

  test('une option inconnue, avec la plus proche', () => {
    expect(said('docker run --detatch nginx', 'docker run -d nginx')[0]).toBe(
      'Option inconnue de docker run : --detatch (vouliez-vous dire --detach ?).',
    );
  });
  test('un booléen mal écrit, sans autre remarque sur la même option', () => {
    expect(said('docker run --rm=yes alpine', 'docker run --rm alpine')).toEqual(['--rm attend un booléen (true ou false), pas « yes ».']);
  });
  test('une taille illisible', () => {
    expect(said('docker run -m 512mo nginx', 'docker run -m 512m nginx')).toEqual(['-m attend une taille (512m, 1g…), pas « 512mo ».']);
  });
  test('une option qui n’existe pas pour cette commande', () => {
    expect(said('docker create -d nginx', 'docker create nginx')).toEqual(['Option inconnue de docker create : -d.']);
  });
  test('une commande inconnue, sans explication interne', () => {
    expect(said('docker system version', 'docker version')).toEqual(['Commande inconnue : docker system version.']);
    expect(said('docker constructor', 'docker ps')).toEqual(['Commande inconnue : docker constructor.']);
    expect(said('docker __proto__', 'docker ps').join(' ')).not.toMatch(/function|Object|undefined/);
    expect(said('kubectl get constructor/x', 'kubectl get pods')[0]).toMatch(/^Type de ressource inconnu de kubectl : « constructor »/);
  });
  test('une valeur manquante', () => {
    expect(said('docker run nginx --name', 'docker run --name web nginx')).not.toEqual([]);
    expect(said('docker logs web --tail', 'docker logs --tail 10 web')[0]).toBe('L’option --tail de docker logs attend une valeur.');
  });
  test('la valeur d’une option inconnue ne devient pas l’image', () => {
    const parsed = parseCommand('docker run --nmae web nginx');
    expect(parsed.args).toEqual(['nginx:latest']);
    expect(said('docker run --nmae web nginx', 'docker run --name web nginx')).toEqual([
      'Option inconnue de docker run : --nmae (vouliez-vous dire --name ?).',
      'Il manque l’option --name.',
    ]);
  });
  test('des options écrites après l’image appartiennent au conteneur', () => {
    expect(said('docker run nginx -d', 'docker run -d nginx')).toEqual([
      '« -d » est écrit après l’image : la commande le passe au conteneur ; placez les options avant l’image.',
    ]);
    expect(said('docker exec web -it sh', 'docker exec -it web sh')).toEqual([
      '« -it » est écrit après le conteneur : la commande le passe au conteneur ; placez les options avant le conteneur.',
    ]);
  });
  test('un argument est cité tel qu’il a été écrit', () => {
    expect(said('docker run -d ngnix', 'docker run -d nginx')).toEqual(['L’argument « ngnix » ne convient pas.']);
  });
  test('une valeur manquante n’est dite qu’une fois', () => {
    expect(said('kubectl get pods -n', 'kubectl get pods -n dev')).toEqual(['L’option -n de kubectl get attend une valeur.']);
  });
  test('kubectl exec sans « -- »', () => {
    expect(said('kubectl exec -it web sh', 'kubectl exec -it web -- sh')).toEqual(['Il faut « -- » entre le Pod et la commande : kubectl exec web -- sh.']);
  });
  test('une option obsolète est acceptée, avec une remarque', () => {
    const grade = gradeCommand('docker stop --time 0 web', ['docker stop -t 0 web']);
    expect(grade).toMatchObject({ correct: true, notes: ['« --time » est obsolète : écrivez plutôt « --timeout ».'] });
  });
  test('--dry-run sans valeur est accepté, avec une remarque', () => {
    expect(gradeCommand('kubectl create deployment web --image=nginx --dry-run -o yaml', ['kubectl create deployment web --image=nginx --dry-run=client -o yaml'])).toMatchObject({
      correct: true,
      notes: ['« --dry-run » sans valeur (ou avec un booléen) est obsolète : écrivez plutôt « --dry-run=client ».'],
    });
  });
  test('--dry-run attend une valeur collée (--dry-run=client)', () => {
    expect(parseCommand('kubectl create deployment web --image=nginx --dry-run client').args).toEqual(['web', 'client']);
  });
});

describe('la structure lue, pour le terminal simulé', () => {
  test('chemin de la commande, options typées, arguments', () => {
    const p = parseCommand('docker run -d --rm=false -m 0.5g --cpus 1.5 --health-interval 1m30s -e A=1 -e B=2 --name web -p 8080:80 nginx sh -c "echo ok"');
    expect(p.program).toBe('docker');
    expect(p.command).toBe('container run');
    expect(Object.fromEntries(p.options)).toEqual({
      detach: true,
      rm: false,
      memory: 536870912,
      cpus: 1.5,
      'health-interval': 90e9,
      env: ['A=1', 'B=2'],
      name: 'web',
      publish: ['8080:80'],
    });
    expect(p.args).toEqual(['nginx:latest', 'sh', '-c', 'echo ok']);
    expect(p.errors).toEqual([]);
  });
  test('erreurs typées', () => {
    expect(parseCommand('docker run --rm=yes alpine').errors).toEqual([
      { code: 'bad-value', option: 'rm', message: '--rm attend un booléen (true ou false), pas « yes »' },
    ]);
    expect(parseCommand('docker stop').errors).toEqual([{ code: 'arguments', message: 'docker stop attend au moins 1 argument' }]);
    expect(parseCommand('docker ps web').errors[0].code).toBe('arguments');
    expect(parseCommand('docker').errors[0].code).toBe('missing-command');
    expect(parseCommand('docker compose').errors[0].code).toBe('missing-command');
    expect(parseCommand('docker --version').errors).toEqual([]);
  });
  test('une clé de --mount au nom hérité d’Object reste une clé', () => {
    expect(parseCommand('docker run --mount constructor=x,target=/y app').options.get('mount')).toEqual(['constructor=x,target=/y,type=volume']);
  });
  test('un programme au nom hérité d’Object se lit comme un autre', () => {
    expect(sameCommand('constructor x', 'constructor x')).toBe(true);
    expect(parseCommand('__proto__ x')).toMatchObject({ program: '__proto__', args: ['x'], errors: [] });
  });
  test('les préfixes VAR=valeur sont gardés à part', () => {
    expect(parseCommand('DOCKER_BUILDKIT=1 docker build .').env).toEqual(['DOCKER_BUILDKIT=1']);
  });
});

describe('ce qui suit la commande du conteneur lui appartient', () => {
  test('podman unshare et minikube kubectl passent tout à la commande', () => {
    expect(parseCommand('podman unshare cat -n /proc/self/uid_map')).toMatchObject({ args: ['cat', '-n', '/proc/self/uid_map'], errors: [] });
    expect(parseCommand('minikube kubectl -- get pods -A')).toMatchObject({ args: ['get', 'pods', '-A'], errors: [] });
  });
  test('une option inconnue avant l’image ne prend pas sa place', () => {
    expect(parseCommand('docker run --foo bar nginx sh').args).toEqual(['nginx:latest', 'sh']);
  });
});
