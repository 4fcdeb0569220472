// What one small write to a loopback TCP socket costs the writer, without Node: the floor under the
// router's fan-out (bench:live). A writer process holds N accepted connections, and for each of E
// events writes one message to every one of them, as the router's pass over its subscribers does;
// a reader process (fork) holds the other ends on epoll and reads everything.
//   gcc -O2 -o /tmp/write-cost tools/bench/live-native/write-cost.c
//   /tmp/write-cost N E MODE [SLEEP_US] [BYTES]
// MODE 0: the reader blocks in epoll_wait, so writes wake it (as the bench's clients are woken);
// MODE 1: the reader sleeps SLEEP_US (default 1000) after a wait that found fewer than 256 sockets
// ready, so most writes find it awake: the difference is what waking a reader adds to a write.
// Prints the writer's CPU per write (user + system, and system alone) and the wall time of a pass.
// 127.0.0.1 only; bounded (E passes, 200 ms apart); both processes need N descriptors.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double cpu_ms(int system_only) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  double sys = r.ru_stime.tv_sec * 1e3 + r.ru_stime.tv_usec / 1e3;
  return system_only ? sys : sys + r.ru_utime.tv_sec * 1e3 + r.ru_utime.tv_usec / 1e3;
}
static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s N EVENTS MODE [SLEEP_US] [BYTES]\n", argv[0]);
    return 2;
  }
  int n = atoi(argv[1]), events = atoi(argv[2]), mode = atoi(argv[3]);
  int sleep_us = argc > 4 ? atoi(argv[4]) : 1000, bytes = argc > 5 ? atoi(argv[5]) : 256;
  if (n < 1 || events < 1 || events > 100 || bytes < 1 || bytes > 4096) return 2;
  int one = 1, ready_pipe[2];
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  socklen_t len = sizeof addr;
  int listener = socket(AF_INET, SOCK_STREAM, 0);
  setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(listener, (void *)&addr, sizeof addr) || listen(listener, 65535) || getsockname(listener, (void *)&addr, &len) || pipe(ready_pipe)) {
    perror("listen");
    return 1;
  }
  pid_t reader = fork();
  if (reader == 0) {
    int ep = epoll_create1(0);
    for (int i = 0; i < n; i++) {
      int fd = socket(AF_INET, SOCK_STREAM, 0);
      if (fd < 0 || connect(fd, (void *)&addr, sizeof addr)) {
        perror("connect");
        _exit(1);
      }
      struct epoll_event ev = {.events = EPOLLIN, .data.fd = fd};
      epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    }
    if (write(ready_pipe[1], "r", 1) != 1) _exit(1);
    long got = 0, want = (long)n * events * bytes;
    char buf[65536];
    struct epoll_event ready[512];
    while (got < want) {
      int k = epoll_wait(ep, ready, 512, 10000);
      if (k <= 0) break;  // nothing for 10 s: the writer is gone
      for (int i = 0; i < k; i++) {
        ssize_t r = read(ready[i].data.fd, buf, sizeof buf);
        if (r > 0) got += r;
      }
      if (mode == 1 && k < 256) usleep(sleep_us);
    }
    fprintf(stderr, "reader: %.1f ms of CPU (system %.1f) for %ld of %ld bytes\n", cpu_ms(0), cpu_ms(1), got, want);
    _exit(got == want ? 0 : 1);
  }
  int *fds = malloc(n * sizeof *fds);
  for (int i = 0; i < n; i++) {
    if ((fds[i] = accept(listener, 0, 0)) < 0) {
      perror("accept");
      return 1;
    }
    setsockopt(fds[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);  // as ws sets it
  }
  char c;
  if (read(ready_pipe[0], &c, 1) != 1) return 1;
  char *message = malloc(bytes);
  memset(message, 'a', bytes);
  double total = 0, system = 0, wall = 0;
  for (int e = 0; e < events; e++) {
    usleep(200000);
    double c0 = cpu_ms(0), s0 = cpu_ms(1), t0 = now_ms();
    for (int i = 0; i < n; i++)
      if (write(fds[i], message, bytes) != bytes) {
        perror("write");
        return 1;
      }
    wall += now_ms() - t0;
    total += cpu_ms(0) - c0;
    system += cpu_ms(1) - s0;
  }
  int status;
  waitpid(reader, &status, 0);
  printf("n=%d mode=%d bytes=%d: the writer's CPU %.2f us a write (system %.2f), a pass %.1f ms of wall time\n", n, mode, bytes, total * 1e3 / n / events,
         system * 1e3 / n / events, wall / events);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 1;
}
