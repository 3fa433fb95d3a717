# prlint: `make run` lints the bundled example PR body, `make test` runs the whole suite.
# Both install what they need first (libcmark-dev and pkg-config, via scripts/install-deps); `make test`
# also puts the readers the tests drive (pre-commit releases, the schema validators) under .build.

SWIFT ?= swift
PREFIX ?= /usr/local
BODY ?= Examples/PR.md
# Linux: a static executable, stripped at link (-Xlinker -s drops the symbol table and DWARF, 85 MB to
# 62 MB; a crash's backtrace then shows addresses, not names). macOS has the Swift runtime in the OS and
# no static executables, so there it is a plain release build.
ifeq ($(shell uname -s),Darwin)
RELEASE_FLAGS = -c release
else
RELEASE_FLAGS = -c release --static-swift-stdlib -Xswiftc -static-executable -Xlinker -s
endif

.PHONY: all deps test-deps build run test lint format presets docs release install uninstall deb check-package clean bench fuzz fuzz-build check-leaks

all: build

deps:
	@./scripts/install-deps

test-deps:
	@./scripts/install-deps --test

build: deps
	$(SWIFT) build

run: build
	$(SWIFT) run --skip-build prlint check $(BODY)

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The Swift format, then the CI files (workflows, action.yml, the GitLab component) with check-jsonschema,
# actionlint and zizmor, installed into .build/linters on first use (see scripts/lint-ci).
lint:
	$(SWIFT) format lint --strict --recursive Sources Tests Rules
	@./scripts/install-deps --lint
	./scripts/lint-ci

format:
	$(SWIFT) format --in-place --recursive Sources Tests Rules Package.swift

# Regenerates Sources/PRLintKit/Config/BuiltinPresetLayers.swift, the presets compiled to Swift values,
# from Rules/*.yml (the source): BuiltinPresetLayersTests writes what ConfigParser reads from them.
presets: test-deps
	$(SWIFT) build --build-tests
	PRLINT_UPDATE_PRESETS=1 $(SWIFT) test --skip-build --filter BuiltinPresetLayersTests

# Regenerates the rule reference and README.md's rule table from the rules' own descriptions.
docs: build
	$(SWIFT) run --skip-build prlint rules --format markdown > Rules/README.md
	$(SWIFT) run --skip-build prlint rules --format readme-table | ./scripts/update-readme-rules README.md

# A static executable (Swift runtime, Foundation and libcmark linked in): it starts in about a
# millisecond where a dynamically linked one spends several loading libraries. Only prlint: the fuzz
# runner imports FoundationXML, whose libxml2 does not link statically.
release: deps
	$(SWIFT) build $(RELEASE_FLAGS) --product prlint

# Runs templates/prlint.yml's job script as a GitLab runner would, in a scratch repository with GitLab's
# merge-request variables, installing the release binary packed as a release served on file:// (see
# scripts/check-gitlab-component; no GitLab instance is reachable here). Run by .ci/run.
.PHONY: check-gitlab-component
check-gitlab-component: release
	@./scripts/install-deps --lint
	./scripts/check-gitlab-component "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint"

# Figures for README's Performance section: builds the release binary, the corpus (once, in
# bench-out/) and a libcmark floor, then prints a table. Needs python3, cc and the cmark CLI.
# BASELINE=PATH also measures an earlier binary, side by side in the same run.
bench: release
	python3 bench/bench.py --binary "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint" --out bench-out \
		$(if $(BASELINE),--baseline "$(BASELINE)")

install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint" "$(DESTDIR)$(PREFIX)/bin/prlint"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/prlint"

# The release archive the GitHub Action installs: dist/prlint-VERSION-OS-ARCH.tar.gz (prlint stripped,
# LICENSE, README.md) and dist/SHA256SUMS, merged with the lines of archives already in dist/.
.PHONY: dist check-action
dist: release
	./scripts/make-dist "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint" dist

# Runs action.yml's steps as the GitHub runner would, against the archive in dist/ served on loopback,
# a real event payload from ../shared/fixtures and a recording stand-in for gh (see scripts/check-action).
check-action: dist
	./scripts/check-action

# dist/prlint_VERSION_ARCH.deb: the stripped release binary, a man page and shell completions generated
# from it, and the copyright file (scripts/make-deb says how). The man page comes from
# swift-argument-parser's generate-manual, the tool its GenerateManual plugin runs, built from the
# resolved checkout and run on the binary that ships. `swift package generate-manual` works offline too
# and writes the same page, but first builds every product again, dynamically linked.
GENERATE_MANUAL_BUILD = .build/generate-manual
deb: release
	$(SWIFT) build -c release --package-path .build/checkouts/swift-argument-parser \
		--scratch-path $(GENERATE_MANUAL_BUILD) --product generate-manual
	./scripts/make-deb "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint" \
		"$$($(SWIFT) build -c release --package-path .build/checkouts/swift-argument-parser \
			--scratch-path $(GENERATE_MANUAL_BUILD) --show-bin-path)/generate-manual" dist

# Installs the .deb with apt-get, checks the installed prlint, removes and purges it and checks nothing
# is left (scripts/check-package; root or sudo). Refuses where prlint is already installed.
check-package: deb
	./scripts/check-package "$$($(SWIFT) build $(RELEASE_FLAGS) --show-bin-path)/prlint" dist

# libFuzzer with AddressSanitizer: each target (body, config, event, audit, repository) runs FUZZ_SECONDS,
# seeded from ../shared/fixtures; a crash, timeout or OOM fails the run and is left in
# .build-fuzz/work/TARGET/artifacts.
# make -j2 fuzz runs two targets at a time. Swift and C targets (Yams' libyaml) are instrumented; the
# system libcmark is not (ASan sees only its allocations and libc calls).
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = body config event audit repository

fuzz: $(FUZZ_TARGETS:%=fuzz-%)

fuzz-build: deps
	$(SWIFT) build -c release --build-path .build-fuzz --product PRLintFuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -use-ld=lld -Xcc -fsanitize=fuzzer-no-link,address

fuzz-%: fuzz-build
	Fuzz/run $* $(FUZZ_SECONDS)

clean:
	rm -rf .build dist

# valgrind memcheck over real bodies, hostile inputs, every format, an event and an audit (a build of
# its own in .build/leaks; installs valgrind with apt-get when missing). Not part of make test.
check-leaks: deps
	./scripts/check-leaks
