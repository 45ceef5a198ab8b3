// libedit's readline-compatible interface, driven a character at a time
// (rl_callback_read_char) as CPython's readline module drives it: waiting
// in select() lets a SIGINT interrupt the wait, which a blocking readline()
// call would not report.
#include "cli/line_reader.h"

#include <editline/readline.h>
#include <sys/select.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace eddy::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

void on_interrupt(int) {
  interrupted = 1;
}

// What the callback interface hands over when a line is finished.
bool line_finished = false;
bool end_of_input = false;
std::string finished_line;

void on_line(char* line) {
  line_finished = true;
  end_of_input = line == nullptr;
  if (line) {
    finished_line = line;
    std::free(line);
  }
  // Removing the handler here keeps libedit from showing the prompt again
  // before the line has run.
  rl_callback_handler_remove();
}

// SIGINT sets `interrupted` while a line is read (no SA_RESTART, so that
// select() returns EINTR); while code runs, it has its default action.
class InterruptHandler {
 public:
  InterruptHandler() {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous_);
  }
  ~InterruptHandler() { sigaction(SIGINT, &previous_, nullptr); }
  InterruptHandler(const InterruptHandler&) = delete;
  InterruptHandler& operator=(const InterruptHandler&) = delete;

 private:
  struct sigaction previous_ {};
};

}  // namespace

LineReader::LineReader() {
  rl_catch_signals = 0;
  rl_initialize();
  using_history();
  if (const char* home = std::getenv("HOME"); home && *home) {
    history_path_ = std::string(home) + "/.eddy_history";
    read_history(history_path_.c_str());
  }
}

LineReader::~LineReader() {
  if (!history_path_.empty()) {
    stifle_history(1000);
    write_history(history_path_.c_str());
  }
}

LineReader::Result LineReader::read(const std::string& prompt) {
  InterruptHandler handler;
  interrupted = 0;
  line_finished = false;
  std::fflush(stdout);
  rl_callback_handler_install(prompt.c_str(), on_line);
  while (!line_finished) {
    fd_set ready;
    FD_ZERO(&ready);
    FD_SET(STDIN_FILENO, &ready);
    if (select(STDIN_FILENO + 1, &ready, nullptr, nullptr, nullptr) < 0) {
      if (errno != EINTR) {
        rl_callback_handler_remove();
        return {Status::EndOfInput, {}};
      }
      if (interrupted) {
        rl_callback_handler_remove();
        return {Status::Interrupted, {}};
      }
      continue;
    }
    rl_callback_read_char();
  }
  if (end_of_input) return {Status::EndOfInput, {}};
  if (finished_line.find_first_not_of(" \t") != std::string::npos) {
    add_history(finished_line.c_str());
  }
  return {Status::Line, finished_line};
}

}  // namespace eddy::cli
