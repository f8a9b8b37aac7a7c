// Command assay-ferretdb runs FerretDB v1.24.2 on its SQLite backend.
//
// The upstream `go install` binary panics at start-up because the release tag
// does not ship build/version/version.txt; embedding the library from a main
// module of our own skips that check.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen-addr", "127.0.0.1:27017", "TCP address to listen on")
	dataDir := flag.String("data-dir", "", "directory holding the SQLite database files (created if missing)")
	logLevel := flag.String("log-level", "error", "debug, info, warn or error")
	flag.Parse()

	if *dataDir == "" {
		fmt.Fprintln(os.Stderr, "assay-ferretdb: --data-dir is required")
		os.Exit(2)
	}
	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "assay-ferretdb: %v\n", err)
		os.Exit(2)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		fmt.Fprintf(os.Stderr, "assay-ferretdb: %v\n", err)
		os.Exit(2)
	}

	// Every document FerretDB stores or returns is converted three times (BSON, its own types, the
	// JSON SQLite keeps), and at Go's default (GOGC=100: collect when the heap has doubled) the
	// collector took about a tenth of its CPU in a generate + judge run. Its live heap is tens of
	// megabytes, so letting it grow to five times that before collecting costs little memory.
	// A GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		fmt.Fprintf(os.Stderr, "assay-ferretdb: bad --log-level: %v\n", err)
		os.Exit(2)
	}
	logger := slog.New(deferredAttrs{inner: slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})})

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: *listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		fmt.Fprintf(os.Stderr, "assay-ferretdb: %v\n", err)
		os.Exit(1)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := f.Run(ctx); err != nil {
		fmt.Fprintf(os.Stderr, "assay-ferretdb: %v\n", err)
		os.Exit(1)
	}
}

// deferredAttrs formats the attributes given to Logger.With only when a record is written.
//
// FerretDB's SQL layer calls With(query, args) twice for every statement it runs, before a
// debug-level log call; the text handler formats those attributes (the whole document, quoted)
// at once, whatever the level. At our error level nothing is ever written, yet that formatting
// took about a tenth of the server's CPU in a generate + judge run.
type deferredAttrs struct {
	inner slog.Handler
	// with, in order: what Handle applies to inner before writing a record.
	with []func(slog.Handler) slog.Handler
}

func (h deferredAttrs) Enabled(ctx context.Context, level slog.Level) bool {
	return h.inner.Enabled(ctx, level)
}

func (h deferredAttrs) Handle(ctx context.Context, record slog.Record) error {
	inner := h.inner
	for _, apply := range h.with {
		inner = apply(inner)
	}
	return inner.Handle(ctx, record)
}

func (h deferredAttrs) WithAttrs(attrs []slog.Attr) slog.Handler {
	return h.then(func(inner slog.Handler) slog.Handler { return inner.WithAttrs(attrs) })
}

func (h deferredAttrs) WithGroup(name string) slog.Handler {
	return h.then(func(inner slog.Handler) slog.Handler { return inner.WithGroup(name) })
}

func (h deferredAttrs) then(apply func(slog.Handler) slog.Handler) deferredAttrs {
	with := make([]func(slog.Handler) slog.Handler, len(h.with), len(h.with)+1)
	copy(with, h.with)
	return deferredAttrs{inner: h.inner, with: append(with, apply)}
}
