using RedisKit.Samples.AspNetCore;

await using var app = SampleApp.Build(args);
await app.RunAsync();
