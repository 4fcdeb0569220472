// bench:live's native subscribers (BENCH_CLIENT=native): `count` graphql-transport-ws subscribers over
// real WebSocket connections (TCP on 127.0.0.1, RFC 6455 frames, masked as a client must), held by one
// thread on epoll. Why C and not the `ws` package: on this benchmark's 2 cores the subscribers share the
// machine with the router they measure, and in production they are 10,000 other devices; a JavaScript
// client costs 9-15 µs of CPU per message (graphql-ws 15, ws by hand 9), most of it Node's stream and ws'
// receiver around each read, which takes the router's cores and is measured as its latency. Here a
// message costs the kernel's read and a scan of its bytes, so what is left on the machine is the
// router's fan-out and the loopback's share of it, close to what a network card leaves.
//
// What it does per subscriber: connect, upgrade (Sec-WebSocket-Protocol: graphql-transport-ws),
// connection_init, on connection_ack subscribe with the given JSON payload; then each text frame whose
// "type" is "next" is one delivery, its latency the arrival (CLOCK_REALTIME) minus the event's
// `"changedAt":"<ISO-8601>"`; an "error" or "complete" message, a close frame or a lost connection
// counts as failed. WebSocket pings are answered with pongs (the router pings every 12 s).
//
// Protocol with live-clients.ts (its worker spawns this): argv = host port path count events
// subscribe-payload-json latencies-file. Stdout: "opened\n" once every subscriber has its ack (or
// failed), then "progress <received> <failed>\n" every 100 ms. A line on stdin ends it: the latencies
// (doubles, ms, in arrival order, at most count*events) go to latencies-file, then
// "done <received> <failed> <written>\n", and it exits.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

enum state { CONNECTING, UPGRADING, WAIT_ACK, SUBSCRIBED, DEAD };

struct conn {
  int fd;
  enum state state;
  size_t len;       // bytes buffered
  size_t cap;
  unsigned char *buf;
};

static const char *host, *path, *payload_json;
static int port, count, events;
static struct conn *conns;
static double *latencies;
static long received, failed, capacity;
static int acked_or_failed;
static int epfd;

static void fail(struct conn *c);

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

// "2026-11-27T17:45:00.123Z" (Date#toISOString, UTC) in ms since the epoch; NaN when not that shape.
static double iso_ms(const char *s, size_t n) {
  int y, mo, d, h, mi, sec, ms = 0;
  char tail[8] = {0};
  char text[40];
  if (n >= sizeof text) return 0.0 / 0.0;
  memcpy(text, s, n);
  text[n] = 0;
  if (sscanf(text, "%4d-%2d-%2dT%2d:%2d:%2d.%3d%1s", &y, &mo, &d, &h, &mi, &sec, &ms, tail) < 7) return 0.0 / 0.0;
  struct tm tm = {.tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h, .tm_min = mi, .tm_sec = sec};
  return (double)timegm(&tm) * 1000.0 + ms;
}

// One client frame, masked (RFC 6455 5.3: every frame a client sends is masked).
static void send_frame(struct conn *c, int opcode, const char *data, size_t n) {
  unsigned char frame[16 + 4096];
  if (n > 4096) n = 4096;
  size_t h = 0;
  frame[h++] = 0x80 | opcode;
  if (n < 126) frame[h++] = 0x80 | n;
  else { frame[h++] = 0x80 | 126; frame[h++] = n >> 8; frame[h++] = n & 0xff; }
  const unsigned char mask[4] = {0x5a, 0x1c, 0xe3, 0x97};
  memcpy(frame + h, mask, 4);
  h += 4;
  for (size_t i = 0; i < n; i++) frame[h + i] = data[i] ^ mask[i & 3];
  // Small frames on a socket with room: written whole or the connection counts as failed.
  if (write(c->fd, frame, h + n) != (ssize_t)(h + n)) fail(c);
}

static void fail(struct conn *c) {
  if (c->state == DEAD) return;
  if (c->state != SUBSCRIBED) acked_or_failed++;
  c->state = DEAD;
  failed++;
  epoll_ctl(epfd, EPOLL_CTL_DEL, c->fd, NULL);
  close(c->fd);
}

static void on_text(struct conn *c, const unsigned char *m, size_t n) {
  if (memmem(m, n, "\"type\":\"next\"", 13)) {
    const char *key = memmem(m, n, "\"changedAt\":\"", 13);
    if (!key) { failed++; return; }
    const char *start = key + 13;
    const char *end = memchr(start, '"', (const char *)m + n - start);
    double at = end ? iso_ms(start, end - start) : 0.0 / 0.0;
    if (at != at) { failed++; return; }
    if (received < capacity) latencies[received] = now_ms() - at;
    received++;
  } else if (memmem(m, n, "\"type\":\"connection_ack\"", 23)) {
    char msg[8192];
    int len = snprintf(msg, sizeof msg, "{\"id\":\"1\",\"type\":\"subscribe\",\"payload\":%s}", payload_json);
    send_frame(c, 1, msg, len);
    if (c->state == DEAD) return;
    c->state = SUBSCRIBED;
    acked_or_failed++;
  } else if (memmem(m, n, "\"type\":\"error\"", 14) || memmem(m, n, "\"type\":\"complete\"", 17)) {
    failed++;
  }
}

// Every whole frame in the buffer; a partial one stays for the next read.
static void on_frames(struct conn *c) {
  size_t at = 0;
  while (c->len - at >= 2) {
    unsigned char *f = c->buf + at;
    int opcode = f[0] & 0x0f;
    uint64_t n = f[1] & 0x7f;
    size_t h = 2;
    if (n == 126) { if (c->len - at < 4) break; n = (f[2] << 8) | f[3]; h = 4; }
    else if (n == 127) { if (c->len - at < 10) break; n = 0; for (int i = 0; i < 8; i++) n = (n << 8) | f[2 + i]; h = 10; }
    if (c->len - at < h + n) break;
    if (opcode == 1 || opcode == 0) on_text(c, f + h, n);  // the router sends each message as one frame
    else if (opcode == 9) send_frame(c, 10, (const char *)f + h, n);
    else if (opcode == 8) { fail(c); return; }
    at += h + n;
  }
  memmove(c->buf, c->buf + at, c->len - at);
  c->len -= at;
}

// One read per readiness (level-triggered epoll: what is left is reported again).
static void on_readable(struct conn *c) {
  if (c->cap - c->len < 4096) {
    c->cap *= 2;
    c->buf = realloc(c->buf, c->cap);
  }
  ssize_t r = read(c->fd, c->buf + c->len, c->cap - c->len);
  if (r == 0) { fail(c); return; }
  if (r < 0) {
    if (errno != EAGAIN && errno != EINTR) fail(c);
    return;
  }
  c->len += r;
  if (c->state == UPGRADING) {
    unsigned char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
    if (!end) return;
    if (c->len < 12 || memcmp(c->buf + 9, "101", 3) != 0) { fail(c); return; }
    size_t used = end + 4 - c->buf;
    memmove(c->buf, c->buf + used, c->len - used);
    c->len -= used;
    c->state = WAIT_ACK;
    static const char init[] = "{\"type\":\"connection_init\",\"payload\":{}}";
    send_frame(c, 1, init, sizeof init - 1);
  }
  on_frames(c);
}

static void on_connected(struct conn *c) {
  int err = 0;
  socklen_t len = sizeof err;
  getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &err, &len);
  if (err) { fail(c); return; }
  char req[1024];
  int n = snprintf(req, sizeof req,
                   "GET %s HTTP/1.1\r\nHost: %s:%d\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                   "Sec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n",
                   path, host, port);
  if (write(c->fd, req, n) != n) { fail(c); return; }
  c->state = UPGRADING;
  struct epoll_event ev = {.events = EPOLLIN, .data.ptr = c};
  epoll_ctl(epfd, EPOLL_CTL_MOD, c->fd, &ev);
}

static int open_conn(struct conn *c, struct sockaddr_in *addr) {
  c->fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (c->fd < 0) return -1;
  int one = 1;
  setsockopt(c->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  c->cap = 8192;
  c->buf = malloc(c->cap);
  c->len = 0;
  c->state = CONNECTING;
  if (connect(c->fd, (struct sockaddr *)addr, sizeof *addr) < 0 && errno != EINPROGRESS) return -1;
  struct epoll_event ev = {.events = EPOLLOUT, .data.ptr = c};
  return epoll_ctl(epfd, EPOLL_CTL_ADD, c->fd, &ev);
}

static void progress(void) {
  printf("progress %ld %ld\n", received, failed);
  fflush(stdout);
}

int main(int argc, char **argv) {
  if (argc != 8) {
    fprintf(stderr, "usage: %s host port path count events subscribe-payload-json latencies-file\n", argv[0]);
    return 2;
  }
  host = argv[1];
  port = atoi(argv[2]);
  path = argv[3];
  count = atoi(argv[4]);
  events = atoi(argv[5]);
  payload_json = argv[6];
  const char *out = argv[7];
  struct rlimit nofile;
  getrlimit(RLIMIT_NOFILE, &nofile);
  nofile.rlim_cur = nofile.rlim_max;
  setrlimit(RLIMIT_NOFILE, &nofile);

  capacity = (long)count * events;
  latencies = calloc(capacity > 0 ? capacity : 1, sizeof *latencies);
  conns = calloc(count, sizeof *conns);
  epfd = epoll_create1(0);
  struct epoll_event in = {.events = EPOLLIN, .data.ptr = NULL};
  epoll_ctl(epfd, EPOLL_CTL_ADD, 0, &in);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
  inet_pton(AF_INET, host, &addr.sin_addr);

  // Opened 250 at a time, as the JavaScript clients are: the next batch once this one is acked.
  int opened = 0, announced = 0;
  double next_progress = now_ms() + 100;
  struct epoll_event ready[512];
  for (;;) {
    if (opened < count && acked_or_failed >= opened) {
      int until = opened + 250 < count ? opened + 250 : count;
      for (; opened < until; opened++) {
        if (open_conn(&conns[opened], &addr) < 0) {
          conns[opened].state = DEAD;
          failed++;
          acked_or_failed++;
          if (conns[opened].fd >= 0) close(conns[opened].fd);
        }
      }
    }
    if (!announced && opened == count && acked_or_failed >= count) {
      printf("opened\n");
      fflush(stdout);
      announced = 1;
    }
    double wait = next_progress - now_ms();
    int n = epoll_wait(epfd, ready, 512, wait > 0 ? (int)wait + 1 : 0);
    for (int i = 0; i < n; i++) {
      struct conn *c = ready[i].data.ptr;
      if (!c) goto finish;  // a line (or the end) on stdin
      if (c->state == DEAD) continue;
      if (c->state == CONNECTING) on_connected(c);
      else if (ready[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) on_readable(c);
    }
    if (now_ms() >= next_progress) {
      if (announced) progress();
      next_progress = now_ms() + 100;
    }
  }
finish:;
  long written = received < capacity ? received : capacity;
  FILE *f = fopen(out, "wb");
  if (!f || fwrite(latencies, sizeof *latencies, written, f) != (size_t)written || fclose(f) != 0) {
    fprintf(stderr, "cannot write %s\n", out);
    return 1;
  }
  printf("done %ld %ld %ld\n", received, failed, written);
  fflush(stdout);
  for (int i = 0; i < count; i++) if (conns[i].state != DEAD) close(conns[i].fd);
  return 0;
}
