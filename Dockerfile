# wardgraph in a container: a static binary on distroless, with the bundled
# sample texts also on disk at /sample/osaka for `wardgraph load`.
# Build: docker build -t wardgraph . (docker-compose.yml does it for you).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -buildvcs=false -ldflags="-s -w" -o /out/wardgraph ./cmd/wardgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/wardgraph /wardgraph
COPY sample/osaka /sample/osaka
USER nonroot
EXPOSE 8080
ENTRYPOINT ["/wardgraph"]
CMD ["serve", "--addr", ":8080"]
