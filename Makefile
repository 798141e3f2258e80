# The two commands: `make run` sets up and starts the REPL; `make test` runs every test.
SWIFT ?= swift

.PHONY: run test setup build bench clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build -c release --product gradlab

run: build
	@.build/release/gradlab $(ARGS)

test: setup
	$(SWIFT) build -c release --product gradlab
	$(SWIFT) test

bench: setup
	$(SWIFT) run -c release gradlab-bench $(ARGS)

clean:
	rm -rf .build
