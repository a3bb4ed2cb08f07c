resource "kubernetes_service_v1" "web" {
  metadata {
    name = "web"
  }
  wait_for_load_balancer = false
  spec {
    type = "ClusterIP"
    selector = {
      app = "web"
    }
    port {
      name        = "http"
      port        = 80
      target_port = "8080"
    }
    port {
      name        = "metrics"
      port        = 9090
      target_port = "metrics"
    }
  }
}

resource "kubernetes_service" "headless" {
  metadata {
    name = "db"
  }
  spec {
    cluster_ip = "None"
    selector = {
      app = "db"
    }
    port {
      port = 5432
    }
  }
}
