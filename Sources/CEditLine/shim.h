#ifndef GRADLAB_CEDITLINE_SHIM_H
#define GRADLAB_CEDITLINE_SHIM_H

/* Small non-variadic wrappers over libedit, which Swift cannot call variadically,
   plus the few terminal and signal calls the gradlab executable needs. */

#include <stdio.h>
#include <signal.h>
#include <pthread.h>
#include <string.h>
#include <sys/ioctl.h>
#include <histedit.h>

typedef char *(*gl_prompt_function)(EditLine *);
typedef unsigned char (*gl_editor_function)(EditLine *, int);

/* The C library's standard streams, which Swift 6 cannot read as mutable globals. */
static inline FILE *gl_stdin(void) { return stdin; }
static inline FILE *gl_stdout(void) { return stdout; }
static inline FILE *gl_stderr(void) { return stderr; }

/* el_set(el, EL_EDITOR, "emacs") and other string-valued settings. */
static inline int gl_el_set_string(EditLine *el, int op, const char *value) {
    return el_set(el, op, value);
}

/* el_set(el, EL_SIGNAL, 1) and other int-valued settings. */
static inline int gl_el_set_int(EditLine *el, int op, int value) {
    return el_set(el, op, value);
}

/* el_set(el, EL_PROMPT, f). */
static inline int gl_el_set_prompt(EditLine *el, gl_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

/* el_set(el, EL_CLIENTDATA, data): the pointer callbacks use to reach their owner. */
static inline int gl_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

/* el_get(el, EL_CLIENTDATA, &data). */
static inline void *gl_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/* el_set(el, EL_GETCFN, f): the function libedit reads each character with. */
static inline int gl_el_set_read_character(EditLine *el, el_rfunc_t function) {
    return el_set(el, EL_GETCFN, function);
}

/* el_set(el, EL_HIST, history, h). */
static inline int gl_el_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* el_set(el, EL_BIND, key, command, NULL). */
static inline int gl_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/* el_set(el, EL_ADDFN, name, help, f). */
static inline int gl_el_add_function(EditLine *el, const char *name, const char *help,
                                     gl_editor_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

/* history(h, &event, H_SETSIZE, size). */
static inline int gl_history_set_size(History *h, int size) {
    HistEvent event;
    return history(h, &event, H_SETSIZE, size);
}

/* history(h, &event, H_SETUNIQUE, flag): skip an entry equal to the previous one. */
static inline int gl_history_set_unique(History *h, int flag) {
    HistEvent event;
    return history(h, &event, H_SETUNIQUE, flag);
}

/* history(h, &event, H_ENTER, line). */
static inline int gl_history_enter(History *h, const char *line) {
    HistEvent event;
    return history(h, &event, H_ENTER, line);
}

/* history(h, &event, H_CLEAR). */
static inline int gl_history_clear(History *h) {
    HistEvent event;
    return history(h, &event, H_CLEAR);
}

/* The width of the terminal on fd in columns (TIOCGWINSZ), or 0 when it is not a terminal. */
static inline int gl_terminal_columns(int fd) {
    struct winsize size;
    memset(&size, 0, sizeof size);
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

/* Installs handler for sig without SA_RESTART, so a blocking read at the prompt
   returns EINTR and libedit gives back control. Returns 0 on success. */
static inline int gl_set_signal_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(sig, &action, NULL);
}

/* Blocks (block != 0) or unblocks sig in the calling thread. */
static inline int gl_block_signal(int sig, int block) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return pthread_sigmask(block ? SIG_BLOCK : SIG_UNBLOCK, &set, NULL);
}

#endif
