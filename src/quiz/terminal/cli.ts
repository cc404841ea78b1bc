// The terminal reads docker lines only (compose and buildx included): the grader's parser with
// the docker table alone, so that the island does not carry kubectl, podman or minikube.
import '../cli/docker-program';

export { cliFor, CommandSyntaxError, effectiveOptions, parseCommand, tokenize, type ParsedCommand } from '../command-core';
